import type { KalliopeSynapse } from './brain.js';

/** One synapse an order matched. */
export interface OrderMatch {
  readonly synapseName: string;
  /** The signal text as written (Kalliope's `matched_order`). */
  readonly matchedOrder: string;
  /** The `{{ name }}` values taken from the order. */
  readonly parameters: Readonly<Record<string, string>>;
}

/**
 * Kalliope order matching (docs/protocols/kalliope.md §3), supplied by the app from `@parley/nlu`: every matching
 * synapse among `synapses` whose `enabled` is not false, in brain order. Must be pure and must not throw. The
 * reducer passes `ctx.brain` itself for orders, so an implementation may cache work per array. The reducer also calls it with
 * synapses it builds for neurotransmitter answers: one per `from_answer_link` entry, whose `order` signals are
 * the entry's answers (plain strings, normal matching).
 */
export type MatchOrder = (order: string, synapses: readonly KalliopeSynapse[]) => readonly OrderMatch[];
