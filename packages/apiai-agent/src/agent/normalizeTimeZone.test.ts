import { describe, expect, it } from 'vitest';
import { normalizeTimeZone } from './normalizeTimeZone.js';

describe('normalizeTimeZone', () => {
  it('keeps IANA names and maps offsets of every client variant', () => {
    expect(normalizeTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(normalizeTimeZone('GMT+6')).toBe('Etc/GMT-6');
    expect(normalizeTimeZone('+0000')).toBe('UTC');
    expect(normalizeTimeZone('-0500')).toBe('Etc/GMT+5');
    expect(normalizeTimeZone('+05:30')).toBeUndefined();
    expect(normalizeTimeZone('Mars/Olympus')).toBeUndefined();
    expect(normalizeTimeZone(undefined)).toBeUndefined();
  });
});
