import { describe, expect, it } from 'vitest';
import { pickVariant } from './pickVariant.js';

describe('pickVariant', () => {
  it('maps the random draw onto the list', () => {
    expect(pickVariant(['a', 'b', 'c'], () => 0)).toBe('a');
    expect(pickVariant(['a', 'b', 'c'], () => 0.5)).toBe('b');
    expect(pickVariant(['a', 'b', 'c'], () => 0.99)).toBe('c');
  });

  it('returns undefined for no variants', () => {
    expect(pickVariant([], () => 0.5)).toBeUndefined();
  });

  it('clamps draws outside [0, 1)', () => {
    expect(pickVariant(['a', 'b'], () => 1)).toBe('b');
    expect(pickVariant(['a', 'b'], () => -3)).toBe('a');
    expect(pickVariant(['a', 'b'], () => Number.NaN)).toBe('a');
  });
});
