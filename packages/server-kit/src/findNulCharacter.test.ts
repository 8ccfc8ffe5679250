import { describe, expect, it } from 'vitest';
import { findNulCharacter } from './findNulCharacter.js';

describe('findNulCharacter', () => {
  it('names the first string or key holding U+0000, however deep', () => {
    expect(findNulCharacter({ sessionId: 'a\u0000b' }, 'body')).toBe('body.sessionId');
    expect(findNulCharacter({ contexts: [{ name: 'ok' }, { name: 'x', parameters: { 'k\u0000': 1 } }] }, 'body')).toBe('body.contexts[1].parameters key');
    expect(findNulCharacter('\u0000')).toBe('value');
  });

  it('passes other control characters, non-strings and NUL-free input', () => {
    expect(findNulCharacter({ name: 'a\tb\n\u007f\u2028', n: 0, b: null, list: [true, 1.5] })).toBeUndefined();
    expect(findNulCharacter(undefined)).toBeUndefined();
  });

  it('walks input nested far deeper than the call stack allows', () => {
    let deep: unknown = 'a\u0000';
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    expect(findNulCharacter(deep)?.endsWith('[0]')).toBe(true);
  });
});
