import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

describe('normalize', () => {
  it('lower-cases, drops punctuation and collapses whitespace', () => {
    expect(normalize('  Hello,   WORLD!\n')).toBe('hello world');
  });

  it('passes accent folding through', () => {
    expect(normalize('Crème Brûlée', { foldAccents: true })).toBe('creme brulee');
  });

  it('is empty for text without tokens', () => {
    expect(normalize(' ?! ')).toBe('');
  });
});
