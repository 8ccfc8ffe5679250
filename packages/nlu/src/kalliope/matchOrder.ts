import { matchOrderSignal, type OrderSignalMatch } from './matchOrderSignal.js';
import type { OrderSignal } from './orderSignal.js';

/** What the matcher needs of a synapse; the caller's own synapse type flows through to the result. */
export interface OrderSynapse {
  readonly name: string;
  /** `false` skips the synapse (Kalliope's `brain` neuron toggles it). Default true. */
  readonly enabled?: boolean;
  /** The synapse's `order` signals in declared order. */
  readonly orders: readonly OrderSignal[];
}

export interface SynapseMatch<S extends OrderSynapse> extends OrderSignalMatch {
  readonly synapse: S;
}

export interface MatchOrderOptions {
  /**
   * `all` (default) is Kalliope: every matching synapse, in brain order. `best` is Parley's opt-in ranked mode:
   * the single synapse whose signal explains most of the order (ties: brain order), or none.
   */
  readonly mode?: 'all' | 'best';
}

/**
 * Kalliope order matching (docs/protocols/kalliope.md §3): for each enabled synapse in brain order, the first of its
 * order signals that matches adds it once. Unlike Kalliope, a signal's stt-correction applies to the order for
 * that signal only and never leaks into later synapses. This is the full scan, parsing every signal per call:
 * a brain matched repeatedly goes through `compileOrderMatcher`, which returns the same matches.
 */
export function matchOrder<S extends OrderSynapse>(
  synapses: readonly S[],
  order: string | null | undefined,
  options: MatchOrderOptions = {},
): SynapseMatch<S>[] {
  if (order === null || order === undefined || order === '') return [];
  const matches: SynapseMatch<S>[] = [];
  for (const synapse of synapses) {
    if (synapse.enabled === false) continue;
    for (const signal of synapse.orders) {
      const match = matchOrderSignal(signal, order);
      if (match !== undefined) {
        matches.push({ synapse, ...match });
        break;
      }
    }
  }
  return selectMatches(matches, options);
}

/** `all`: the matches as found (brain order); `best`: the first one with the highest coverage. */
export function selectMatches<S extends OrderSynapse>(matches: SynapseMatch<S>[], options: MatchOrderOptions): SynapseMatch<S>[] {
  if (options.mode !== 'best' || matches.length === 0) return matches;
  const best = matches.reduce((winner, match) => (match.coverage > winner.coverage ? match : winner));
  return [best];
}
