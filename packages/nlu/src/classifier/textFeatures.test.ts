import { describe, expect, it } from 'vitest';
import { textFeatures } from './textFeatures.js';

describe('textFeatures', () => {
  it('extracts word uni- and bigrams with sentence markers', () => {
    const features = textFeatures('Play jazz', { wordNgrams: 2, charNgrams: [0, 0], foldAccents: true });
    expect([...features.keys()]).toEqual(['w:play', 'w:jazz', 'w:<s> play', 'w:play jazz', 'w:jazz </s>']);
  });
  it('extracts character n-grams inside space-padded words, with counts', () => {
    const features = textFeatures('aa', { wordNgrams: 1, charNgrams: [1, 2], foldAccents: true });
    expect(Object.fromEntries(features)).toEqual({ 'w:aa': 1, 'c: ': 2, 'c:a': 2, 'c: a': 1, 'c:aa': 1, 'c:a ': 1 });
  });
  it('folds case and accents and maps digits to 0', () => {
    const features = textFeatures('Café 42', { wordNgrams: 1, charNgrams: [0, 0], foldAccents: true });
    expect([...features.keys()]).toEqual(['w:cafe', 'w:00']);
  });
  it('slices astral characters by code point', () => {
    const features = textFeatures('𐌰𐌱', { wordNgrams: 1, charNgrams: [1, 1], foldAccents: false });
    expect(features.has('c:𐌱')).toBe(true);
  });
});
