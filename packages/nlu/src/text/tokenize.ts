import { foldText, type FoldOptions } from './foldText.js';
import { parseNumeral } from './parseNumeral.js';

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** One token, with its folded text and where it came from in the input. */
export interface Token {
  /** Folded form used for matching (lower case, NFKC, optionally accent-folded). */
  readonly text: string;
  /** The exact characters of the input. */
  readonly original: string;
  /** Offset of the first character in the input (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character in the input. */
  readonly end: number;
  readonly kind: TokenKind;
  /** Numeric value of a `number` token ("1,000.5" → 1000.5). */
  readonly value?: number;
}

export interface TokenizeOptions extends FoldOptions {
  /** Keep punctuation and symbol tokens. Default false: they are dropped. */
  readonly keepPunctuation?: boolean;
}

/**
 * Scripts written without spaces between words get one token per character, which is a sensible
 * unit for matching and n-gram features without a dictionary segmenter.
 */
const UNSPACED_SCRIPT = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`;
const NUMBER = String.raw`\p{Nd}+(?:[.,]\p{Nd}+)*`;
/** Letters and digits, joined by inner apostrophes or hyphens ("don't", "e-mail", "o'clock"). */
const WORD = String.raw`(?:(?!${UNSPACED_SCRIPT})[\p{L}\p{M}\p{N}_])+(?:['’\-](?:(?!${UNSPACED_SCRIPT})[\p{L}\p{M}\p{N}])+)*`;
const TOKEN_PATTERN = new RegExp(
  String.raw`(?<number>${NUMBER}(?![\p{L}\p{M}\p{Nd}]))|(?<word>${WORD})|(?<unspaced>${UNSPACED_SCRIPT}\p{M}*)|(?<punct>\p{P})|(?<symbol>\p{S})`,
  'gu',
);

function kindOf(groups: Record<string, string | undefined>): TokenKind {
  if (groups['number'] !== undefined) return 'number';
  if (groups['word'] !== undefined || groups['unspaced'] !== undefined) return 'word';
  if (groups['punct'] !== undefined) return 'punct';
  return 'symbol';
}

/** Splits text into tokens with offsets into the original string. Pure and allocation-light. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const kind = kindOf(match.groups ?? {});
    if ((kind === 'punct' || kind === 'symbol') && options.keepPunctuation !== true) continue;
    const original = match[0];
    const start = match.index;
    const folded = foldText(original, options);
    if (kind === 'number') {
      const value = parseNumeral(folded, options.lang);
      tokens.push(value === undefined
        ? { text: folded, original, start, end: start + original.length, kind }
        : { text: folded, original, start, end: start + original.length, kind, value });
    } else {
      tokens.push({ text: folded, original, start, end: start + original.length, kind });
    }
  }
  return tokens;
}
