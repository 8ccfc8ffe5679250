import { compileOrderMatcher, parseOrderSignal, type OrderMatcher, type OrderSynapse } from '@parley/nlu';
import { isJsonObject } from '../core/json.js';
import type { KalliopeSynapse } from './brain.js';
import type { MatchOrder } from './ports.js';

export interface NluMatchOrderOptions {
  /** `all` (Kalliope, default): every matching synapse; `best`: Parley's ranked best match only. */
  readonly mode?: 'all' | 'best';
  /** Entries of the `stt-correction-file`s the brain names, keyed by the path as written (the app reads them). */
  readonly correctionFiles?: Readonly<Record<string, readonly unknown[]>>;
}

/**
 * The `MatchOrder` port on `@parley/nlu`'s Kalliope order matching. Each synapse list is compiled once
 * (`compileOrderMatcher`: signals parsed, indexed by their words) and reused while the caller passes the same
 * array, so an app that keeps its brain array until the brain changes compiles once per brain.
 */
export function createNluMatchOrder(options: NluMatchOrderOptions = {}): MatchOrder {
  const correctionEntries = (parameters: unknown): readonly unknown[] => {
    const file = isJsonObject(parameters) ? parameters['stt-correction-file'] : undefined;
    return typeof file === 'string' ? (options.correctionFiles?.[file] ?? []) : [];
  };
  const orderSynapse = (synapse: KalliopeSynapse): OrderSynapse => ({
    name: synapse.name,
    ...(synapse.enabled === undefined ? {} : { enabled: synapse.enabled }),
    orders: synapse.signals
      .filter((signal) => signal.name === 'order')
      .map((signal) => parseOrderSignal(signal.parameters, correctionEntries(signal.parameters))),
  });
  const compiled = new WeakMap<readonly KalliopeSynapse[], OrderMatcher<OrderSynapse>>();
  const matcherFor = (synapses: readonly KalliopeSynapse[]): OrderMatcher<OrderSynapse> => {
    const cached = compiled.get(synapses);
    if (cached !== undefined) return cached;
    const matcher = compileOrderMatcher(synapses.map(orderSynapse));
    compiled.set(synapses, matcher);
    return matcher;
  };
  const matchOptions = options.mode === undefined ? {} : { mode: options.mode };
  return (order, synapses) =>
    matcherFor(synapses).match(order, matchOptions).map((match) => ({
      synapseName: match.synapse.name,
      matchedOrder: match.matchedOrder,
      parameters: match.parameters,
    }));
}
