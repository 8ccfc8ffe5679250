import type { JsonObject } from '../core/json.js';
import type { RunResponse } from './runResponse.js';

/** What the Kalliope app feeds the reducer. `mute` (the API's `no_voice`/`mute` flag) suppresses speaking only. */
export type KalliopeInput =
  /** `POST /synapses/start/order` and audio transcriptions: an order, or the answer a neurotransmitter waits for. */
  | { readonly type: 'order'; readonly order: string | null; readonly mute?: boolean }
  /** `POST /synapses/start/id/<name>`: clears the LIFO first (v0.5.0) and runs the synapse with `parameters`. */
  | { readonly type: 'run_synapse'; readonly name: string; readonly parameters?: JsonObject; readonly mute?: boolean }
  /** The outcome of a `neuron` effect with `awaitsResult`: the values the neuron returned, or its failure. */
  | { readonly type: 'neuron_result'; readonly values?: JsonObject; readonly error?: string };

export type KalliopeOutput =
  /** The request is answered (complete, waiting for an answer, or nothing matched). */
  | {
      readonly kind: 'run_response';
      readonly response: RunResponse;
      /** `false` when no synapse matched the order (the order-not-found synapses may have run). */
      readonly orderFound: boolean;
    }
  | { readonly kind: 'synapse_not_found'; readonly name: string };

export type KalliopeEffect =
  /** A text to speak with the TTS (never emitted when the request is muted). */
  | { readonly kind: 'speak'; readonly text: string }
  /**
   * A neuron for the app to run (anything but `say` and `neurotransmitter`), parameters already templated.
   * With `awaitsResult`, the reducer has paused: feed back a `neuron_result` input to finish the request.
   */
  | { readonly kind: 'neuron'; readonly name: string; readonly parameters: JsonObject; readonly awaitsResult: boolean }
  /**
   * Something the operator should read in the log: a neuron skipped as Kalliope skips it (a parameter not available,
   * a template that fails), or a memory entry not stored. The answer is unchanged.
   */
  | { readonly kind: 'warning'; readonly synapse: string; readonly neuron: string; readonly message: string };
