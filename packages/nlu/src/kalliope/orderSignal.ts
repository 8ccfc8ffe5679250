import { mergeSttCorrections, type SttCorrection } from './sttCorrection.js';

/** The matching types Kalliope knows (docs/protocols/kalliope.md §3.2). Any other value behaves as `normal`. */
export type MatchingType = 'normal' | 'strict' | 'ordered-strict' | 'not-contain';

/** One `order` signal of a synapse, normalised from its brain.yml form. */
export interface OrderSignal {
  /** The signal text as written (`""` when the dict form has no `text`, which never matches). */
  readonly text: string;
  readonly matchingType: MatchingType;
  /** Lower-cased words of `excluded-words` (only used by `not-contain`). */
  readonly excludedWords: readonly string[];
  /** File entries first, then inline entries; an inline entry replaces a file entry with the same input. */
  readonly sttCorrections: readonly SttCorrection[];
}

const MATCHING_TYPES: readonly MatchingType[] = ['normal', 'strict', 'ordered-strict', 'not-contain'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Kalliope fails the whole matching call when `excluded-words` is missing or a plain string
 * (docs/protocols/kalliope.md §3.2). Parley does not crash: a missing list excludes nothing and a plain
 * string is read as whitespace-separated words.
 */
function excludedWordsOf(value: unknown): string[] {
  const words = typeof value === 'string' ? value.split(/\s+/) : listOf(value).map((word) => String(word));
  return words.map((word) => word.toLowerCase()).filter((word) => word !== '');
}

/**
 * Reads the parameters of an `order` signal as written in brain.yml: either the order text, or
 * `{text, matching-type, excluded-words, stt-correction}`. The entries of `stt-correction-file` are I/O
 * and must be loaded by the caller and passed as `correctionFileEntries`.
 */
export function parseOrderSignal(parameters: unknown, correctionFileEntries: readonly unknown[] = []): OrderSignal {
  if (!isRecord(parameters)) {
    const text = typeof parameters === 'string' ? parameters : '';
    return { text, matchingType: 'normal', excludedWords: [], sttCorrections: mergeSttCorrections(correctionFileEntries, []) };
  }
  const text = typeof parameters['text'] === 'string' ? parameters['text'] : '';
  const declaredType = parameters['matching-type'];
  const matchingType = MATCHING_TYPES.find((type) => type === declaredType) ?? 'normal';
  return {
    text,
    matchingType,
    excludedWords: excludedWordsOf(parameters['excluded-words']),
    sttCorrections: mergeSttCorrections(correctionFileEntries, listOf(parameters['stt-correction'])),
  };
}
