import type { JsonObject, JsonValue } from '../core/json.js';

/** A neuron as brain.yml declares it: `- say: {message: …}` is `{name: 'say', parameters: {message: …}}`; `- kill_switch` has `null`. */
export interface KalliopeNeuron {
  readonly name: string;
  readonly parameters: JsonObject | null;
}

/** A signal as brain.yml declares it: `- order: "text"` is `{name: 'order', parameters: 'text'}`. */
export interface KalliopeSignal {
  readonly name: string;
  readonly parameters: JsonValue;
}

export interface KalliopeSynapse {
  readonly name: string;
  /** `false` keeps the synapse from matching orders (Kalliope's `brain` neuron). Default true. */
  readonly enabled?: boolean;
  readonly signals: readonly KalliopeSignal[];
  readonly neurons: readonly KalliopeNeuron[];
}

/** The parts of Kalliope's settings the multi-turn reducer reads. */
export interface KalliopeDialogSettings {
  /** Global variables (`var_files`): `{{ var }}` in neuron parameters; they override a same-named order parameter. */
  readonly variables?: JsonObject;
  /** Synapses run when no synapse matches an order (`default_synapse` or `hooks.on_order_not_found`). */
  readonly orderNotFoundSynapses?: readonly string[];
  /** Safety stop for brains that loop (`direct_link` to itself): neurons run per request at most. Default 1000. */
  readonly maxNeuronsPerRequest?: number;
}
