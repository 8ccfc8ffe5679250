import { tokenize, type TokenizeOptions } from './tokenize.js';

/**
 * The canonical comparison form of a text: its folded tokens joined by single spaces
 * (punctuation dropped unless `keepPunctuation`). "  Hello, WORLD! " → "hello world".
 */
export function normalize(text: string, options: TokenizeOptions = {}): string {
  return tokenize(text, options)
    .map((token) => token.text)
    .join(' ');
}
