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

/**
 * Calls `visit` with each n-gram feature of a text, once per occurrence, in a fixed order: `w:` word n-grams and
 * `c:` character n-grams of the folded tokens (tokenize from ../text), digits replaced by 0.
 */
export function forEachTextFeature(text: string, options: FeatureOptions, visit: (feature: string) => void): void {
  const words = tokenize(text, { foldAccents: options.foldAccents }).map((token) => shapeOf(token.text));
  const framed = ['<s>', ...words, '</s>'];
  for (let length = 1; length <= options.wordNgrams; length += 1) {
    const sequence = length === 1 ? words : framed;
    for (let start = 0; start + length <= sequence.length; start += 1) {
      visit(`w:${sequence.slice(start, start + length).join(' ')}`);
    }
  }
  const [minChars, maxChars] = options.charNgrams;
  if (minChars > 0) {
    for (const word of words) {
      const padded = ` ${word} `;
      const chars = SURROGATE.test(padded) ? Array.from(padded) : undefined;
      const length = chars === undefined ? padded.length : chars.length;
      for (let size = minChars; size <= maxChars; size += 1) {
        for (let start = 0; start + size <= length; start += 1) {
          visit(`c:${chars === undefined ? padded.slice(start, start + size) : chars.slice(start, start + size).join('')}`);
        }
      }
    }
  }
}

/** The features of {@link forEachTextFeature} with their counts, in order of first occurrence. */
export function textFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Map<string, number> {
  const counts = new Map<string, number>();
  forEachTextFeature(text, options, (feature) => counts.set(feature, (counts.get(feature) ?? 0) + 1));
  return counts;
}
