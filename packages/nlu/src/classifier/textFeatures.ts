import { tokenize } from '../text/tokenize.js';

/** Which n-grams describe a text to the classifier. */
export interface FeatureOptions {
  /** Word n-grams from 1 to this length (with sentence start/end markers for n ≥ 2). */
  readonly wordNgrams: number;
  /** Character n-gram lengths [min, max] inside each space-padded word; [0, 0] turns them off. */
  readonly charNgrams: readonly [number, number];
  /** Fold accents before extracting features. */
  readonly foldAccents: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { wordNgrams: 2, charNgrams: [2, 5], foldAccents: true };

/** Astral characters need code-point slicing; everything else can slice code units. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Every digit becomes 0, so "5 pm" and "7 pm" share features. */
function shapeOf(word: string): string {
  return word.replace(/\p{Nd}/gu, '0');
}

/** The words a text's features are made of: its folded tokens (tokenize from ../text), digits replaced by 0. */
export function featureWords(text: string, options: FeatureOptions): string[] {
  return tokenize(text, { foldAccents: options.foldAccents }).map((token) => shapeOf(token.text));
}

/**
 * Calls `visit` with each `w:` word n-gram of the words from `shortest` to `longest` words long, once per occurrence,
 * shorter n-grams first.
 */
export function forEachWordNgram(words: readonly string[], shortest: number, longest: number, visit: (feature: string) => void): void {
  const framed = ['<s>', ...words, '</s>'];
  for (let length = shortest; length <= longest; length += 1) {
    const sequence = length === 1 ? words : framed;
    for (let start = 0; start + length <= sequence.length; start += 1) {
      let gram = sequence[start]!;
      for (let next = start + 1; next < start + length; next += 1) gram += ` ${sequence[next]!}`;
      visit(`w:${gram}`);
    }
  }
}

/** Calls `visit` with each `c:` character n-gram inside the space-padded word, once per occurrence, shortest first. */
export function forEachCharNgram(word: string, options: FeatureOptions, visit: (feature: string) => void): void {
  const [minChars, maxChars] = options.charNgrams;
  if (minChars <= 0) return;
  const padded = ` ${word} `;
  const chars = SURROGATE.test(padded) ? Array.from(padded) : undefined;
  const length = chars === undefined ? padded.length : chars.length;
  for (let size = minChars; size <= maxChars; size += 1) {
    for (let start = 0; start + size <= length; start += 1) {
      visit(`c:${chars === undefined ? padded.slice(start, start + size) : chars.slice(start, start + size).join('')}`);
    }
  }
}

/**
 * Calls `visit` with each n-gram feature of a text, once per occurrence, in a fixed order: the `w:` word n-grams of
 * its {@link featureWords}, then the `c:` character n-grams of each word in turn.
 */
export function forEachTextFeature(text: string, options: FeatureOptions, visit: (feature: string) => void): void {
  const words = featureWords(text, options);
  forEachWordNgram(words, 1, options.wordNgrams, visit);
  for (const word of words) forEachCharNgram(word, options, visit);
}

/** The features of {@link forEachTextFeature} with their counts, in order of first occurrence. */
export function textFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Map<string, number> {
  const counts = new Map<string, number>();
  forEachTextFeature(text, options, (feature) => counts.set(feature, (counts.get(feature) ?? 0) + 1));
  return counts;
}
