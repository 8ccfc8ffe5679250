import { describe, expect, it } from 'vitest';
import { editDistance, typoAllowance } from './editDistance.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('chicken', 'chiken', 3)).toBe(1);
    expect(editDistance('curry', 'cury', 3)).toBe(1);
    expect(editDistance('spaghetti', 'spagetti', 3)).toBe(1);
    expect(editDistance('form', 'from', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('stops past the limit', () => {
    expect(editDistance('apple', 'banana', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(editDistance('😀a', '😀b', 2)).toBe(1);
  });

  it('allows more typos in longer words', () => {
    expect([typoAllowance('cat'), typoAllowance('apple'), typoAllowance('spaghetti')]).toEqual([0, 1, 2]);
  });
});
