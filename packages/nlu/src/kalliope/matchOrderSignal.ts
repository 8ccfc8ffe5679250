import { extractOrderParameters } from './extractOrderParameters.js';
import type { OrderSignal } from './orderSignal.js';
import { parseSignalTemplate, splitWords, type SignalWord } from './signalTemplate.js';
import { applySttCorrections } from './sttCorrection.js';

/** A signal that matched an order. */
export interface OrderSignalMatch {
  /** The signal text as written (not lower-cased), Kalliope's `matched_order`. */
  readonly matchedOrder: string;
  /** `{{ name }}` values taken from the lower-cased, corrected order. */
  readonly parameters: Readonly<Record<string, string>>;
  /** The order after this signal's stt-correction, lower-cased. */
  readonly correctedOrder: string;
  /** Literal signal words / order words, in (0, 1]: how much of the order the signal explains. */
  readonly coverage: number;
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** normal: every literal word occurs in the order at least as often; order and extra words are free. */
function containsAll(literals: readonly string[], userWords: readonly string[]): boolean {
  if (literals.length === 0) return false;
  const available = countWords(userWords);
  for (const [word, needed] of countWords(literals)) {
    if ((available.get(word) ?? 0) < needed) return false;
  }
  return true;
}

function renderSignal(signal: readonly SignalWord[], parameters: Readonly<Record<string, string>>): string[] {
  return signal.flatMap((word) => ('literal' in word ? [word.literal] : splitWords(parameters[word.parameter] ?? '')));
}

/**
 * Matches one order against one signal by Kalliope's rules (reference/kalliope.md §3.1–3.4): stt-correction
 * of the order, lower-casing, whitespace tokens, then the signal's matching type. Returns undefined when it
 * does not match. An empty order never matches.
 */
export function matchOrderSignal(signal: OrderSignal, order: string): OrderSignalMatch | undefined {
  const correctedOrder = applySttCorrections(order, signal.sttCorrections).toLowerCase();
  const userWords = splitWords(correctedOrder);
  const template = parseSignalTemplate(signal.text);
  const literals = template.flatMap((word) => ('literal' in word ? [word.literal] : []));
  if (!containsAll(literals, userWords)) return undefined;
  if (signal.matchingType === 'not-contain' && userWords.some((word) => signal.excludedWords.includes(word))) {
    return undefined;
  }
  const parameters = extractOrderParameters(template, userWords);
  if (signal.matchingType === 'strict' || signal.matchingType === 'ordered-strict') {
    const rendered = renderSignal(template, parameters);
    if (rendered.length !== userWords.length) return undefined;
    if (signal.matchingType === 'ordered-strict' && rendered.some((word, index) => word !== userWords[index])) {
      return undefined;
    }
  }
  return { matchedOrder: signal.text, parameters, correctedOrder, coverage: literals.length / userWords.length };
}
