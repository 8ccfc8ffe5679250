import { matchOrder, parseOrderSignal } from '@parley/nlu';
import { isJsonObject } from '../core/json.js';
import type { KalliopeSynapse } from './brain.js';
import type { MatchOrder } from './ports.js';

export interface NluMatchOrderOptions {
  /** `all` (Kalliope, default): every matching synapse; `best`: Parley's ranked best match only. */
  readonly mode?: 'all' | 'best';
  /** Entries of the `stt-correction-file`s the brain names, keyed by the path as written (the app reads them). */
  readonly correctionFiles?: Readonly<Record<string, readonly unknown[]>>;
}

/** The `MatchOrder` port on `@parley/nlu`'s Kalliope order matching. */
export function createNluMatchOrder(options: NluMatchOrderOptions = {}): MatchOrder {
  const correctionEntries = (parameters: unknown): readonly unknown[] => {
    const file = isJsonObject(parameters) ? parameters['stt-correction-file'] : undefined;
    return typeof file === 'string' ? (options.correctionFiles?.[file] ?? []) : [];
  };
  const orderSynapse = (synapse: KalliopeSynapse) => ({
    name: synapse.name,
    ...(synapse.enabled === undefined ? {} : { enabled: synapse.enabled }),
    orders: synapse.signals
      .filter((signal) => signal.name === 'order')
      .map((signal) => parseOrderSignal(signal.parameters, correctionEntries(signal.parameters))),
  });
  return (order, synapses) =>
    matchOrder(synapses.map(orderSynapse), order, options.mode === undefined ? {} : { mode: options.mode }).map((match) => ({
      synapseName: match.synapse.name,
      matchedOrder: match.matchedOrder,
      parameters: match.parameters,
    }));
}
