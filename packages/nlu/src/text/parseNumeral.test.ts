import { describe, expect, it } from 'vitest';
import { parseNumeral } from './parseNumeral.js';

describe('parseNumeral', () => {
  it('reads English grouping', () => {
    expect(parseNumeral('12,345,678')).toBe(12345678);
    expect(parseNumeral('0.75')).toBe(0.75);
  });

  it('reads comma-decimal languages', () => {
    expect(parseNumeral('3,5', 'fr')).toBe(3.5);
    expect(parseNumeral('12.000', 'de')).toBe(12000);
  });

  it('refuses shapes that are not one number', () => {
    expect(parseNumeral('1.2.3')).toBeUndefined();
    expect(parseNumeral('12,34')).toBeUndefined();
  });
});
