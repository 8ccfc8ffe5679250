import { selectMatches, type MatchOrderOptions, type OrderSynapse, type SynapseMatch } from './matchOrder.js';
import { matchPreparedSignal, orderForSignal, prepareOrder, prepareSignal, type PreparedOrder, type PreparedSignal } from './preparedSignal.js';

/** A brain compiled for order matching; `match` returns exactly what `matchOrder` returns on the same synapses. */
export interface OrderMatcher<S extends OrderSynapse> {
  readonly synapses: readonly S[];
  match(order: string | null | undefined, options?: MatchOrderOptions): SynapseMatch<S>[];
  /** How many synapses `match` would evaluate for this order (the index's candidates; for benchmarks). */
  candidateCount(order: string): number;
}

interface CompiledSynapse<S extends OrderSynapse> {
  readonly synapse: S;
  readonly signals: readonly PreparedSignal[];
}

/** Per signal: its distinct literal words, or undefined when it must always be tried (it has stt-corrections). */
function indexWords(prepared: PreparedSignal): readonly string[] | undefined {
  return prepared.signal.sttCorrections.length > 0 ? undefined : [...prepared.literalCounts.keys()];
}

/**
 * The index: each signal is filed under its literal word that the fewest signals share (a signal matches only
 * if the order contains all its literal words, so any one of them is a sound key). Signals with stt-corrections
 * may match words the raw order lacks, so their synapses are always candidates; signals without literal words
 * never match and are not filed.
 */
function buildIndex(compiled: readonly CompiledSynapse<OrderSynapse>[]): { byWord: Map<string, number[]>; always: number[] } {
  const signalsWithWord = new Map<string, number>();
  for (const { signals } of compiled) {
    for (const words of signals.map(indexWords)) {
      for (const word of words ?? []) signalsWithWord.set(word, (signalsWithWord.get(word) ?? 0) + 1);
    }
  }
  const shared = (word: string): number => signalsWithWord.get(word) ?? 0;
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  compiled.forEach(({ signals }, synapseIndex) => {
    const keys = new Set<string>();
    let alwaysTried = false;
    for (const words of signals.map(indexWords)) {
      if (words === undefined) alwaysTried = true;
      else if (words.length > 0) keys.add(words.reduce((rarest, word) => (shared(word) < shared(rarest) ? word : rarest)));
    }
    if (alwaysTried) always.push(synapseIndex);
    else {
      for (const key of keys) {
        const filed = byWord.get(key);
        if (filed === undefined) byWord.set(key, [synapseIndex]);
        else filed.push(synapseIndex);
      }
    }
  });
  return { byWord, always };
}

/**
 * Compiles a brain once (again only when it changes): every order signal parsed once, and an index from literal
 * words to the synapses that could match, so matching an order costs in proportion to its candidates rather than
 * to the brain. `enabled` is read at match time, so toggling a synapse needs no recompilation.
 */
export function compileOrderMatcher<S extends OrderSynapse>(synapses: readonly S[]): OrderMatcher<S> {
  const compiled: CompiledSynapse<S>[] = synapses.map((synapse) => ({ synapse, signals: synapse.orders.map(prepareSignal) }));
  const { byWord, always } = buildIndex(compiled);

  const candidates = (words: ReadonlyMap<string, number>): number[] => {
    const found = [...always];
    for (const word of words.keys()) {
      const filed = byWord.get(word);
      if (filed !== undefined) found.push(...filed);
    }
    found.sort((a, b) => a - b);
    return found.filter((index, position) => position === 0 || found[position - 1] !== index);
  };

  return {
    synapses,
    match(order, options = {}) {
      if (order === null || order === undefined || order === '') return [];
      const plain = prepareOrder(order);
      const matches: SynapseMatch<S>[] = [];
      for (const index of candidates(plain.wordCounts)) {
        const entry = compiled[index];
        if (entry === undefined || entry.synapse.enabled === false) continue;
        for (const prepared of entry.signals) {
          const match = matchPreparedSignal(prepared, orderForSignal(prepared, order, (): PreparedOrder => plain));
          if (match !== undefined) {
            matches.push({ synapse: entry.synapse, ...match });
            break;
          }
        }
      }
      return selectMatches(matches, options);
    },
    candidateCount(order) {
      return candidates(prepareOrder(order).wordCounts).length;
    },
  };
}
