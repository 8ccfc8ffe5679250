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

/** An order signal parsed once: its template, literal words and word counts. */
export interface PreparedSignal {
  readonly signal: OrderSignal;
  readonly template: readonly SignalWord[];
  /** Literal words in signal order (with repeats). */
  readonly literals: readonly string[];
  /** How often each literal word occurs. */
  readonly literalCounts: ReadonlyMap<string, number>;
  readonly excludedWords: ReadonlySet<string>;
}

/** An order lower-cased (after a signal's stt-correction, if any) and split into words once. */
export interface PreparedOrder {
  readonly correctedOrder: string;
  readonly words: readonly string[];
  readonly wordCounts: ReadonlyMap<string, number>;
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function prepareSignal(signal: OrderSignal): PreparedSignal {
  const template = parseSignalTemplate(signal.text);
  const literals = template.flatMap((word) => ('literal' in word ? [word.literal] : []));
  return { signal, template, literals, literalCounts: countWords(literals), excludedWords: new Set(signal.excludedWords) };
}

/** `order` lower-cased and split; `correctedOrder` must already carry the signal's stt-correction. */
export function prepareOrder(correctedOrder: string): PreparedOrder {
  const lowerCased = correctedOrder.toLowerCase();
  const words = splitWords(lowerCased);
  return { correctedOrder: lowerCased, words, wordCounts: countWords(words) };
}

/** The order as this signal sees it: with its stt-correction applied, or `plain` when it has none. */
export function orderForSignal(prepared: PreparedSignal, order: string, plain: () => PreparedOrder): PreparedOrder {
  const corrections = prepared.signal.sttCorrections;
  return corrections.length === 0 ? plain() : prepareOrder(applySttCorrections(order, corrections));
}

/** normal: every literal word occurs in the order at least as often; order and extra words are free. */
function containsAll(literalCounts: ReadonlyMap<string, number>, available: ReadonlyMap<string, number>): boolean {
  if (literalCounts.size === 0) return false;
  for (const [word, needed] of literalCounts) {
    if ((available.get(word) ?? 0) < needed) return false;
  }
  return true;
}

function renderSignal(signal: readonly SignalWord[], parameters: Readonly<Record<string, string>>): string[] {
  return signal.flatMap((word) => ('literal' in word ? [word.literal] : splitWords(parameters[word.parameter] ?? '')));
}

/**
 * Matches a prepared order against a prepared signal by Kalliope's rules (docs/protocols/kalliope.md §3.1–3.4):
 * every literal word present, then the signal's matching type. Returns undefined when it does not match.
 */
export function matchPreparedSignal(prepared: PreparedSignal, order: PreparedOrder): OrderSignalMatch | undefined {
  const { signal, template, literals } = prepared;
  const userWords = order.words;
  if (!containsAll(prepared.literalCounts, order.wordCounts)) return undefined;
  if (signal.matchingType === 'not-contain' && userWords.some((word) => prepared.excludedWords.has(word))) return undefined;
  const parameters = extractOrderParameters(template, userWords);
  if (signal.matchingType === 'strict' || signal.matchingType === 'ordered-strict') {
    const rendered = renderSignal(template, parameters);
    if (rendered.length !== userWords.length) return undefined;
    if (signal.matchingType === 'ordered-strict' && rendered.some((word, index) => word !== userWords[index])) {
      return undefined;
    }
  }
  return { matchedOrder: signal.text, parameters, correctedOrder: order.correctedOrder, coverage: literals.length / userWords.length };
}
