import type { JsonObject } from '../core/json.js';
import type { NeuronModuleReport } from './runResponse.js';

/** One matched synapse being executed: where it stands and what its neurons reported so far. */
export interface SynapseRun {
  readonly id: number;
  readonly synapseName: string;
  readonly matchedOrder: string | null;
  /** Order parameters (and `start/id` parameters) for `{{ }}` in its neurons. */
  readonly parameters: JsonObject;
  /** Index of the next neuron to run (the waiting neurotransmitter while waiting for an answer). */
  nextNeuron: number;
  readonly neurons: NeuronModuleReport[];
}

/** A neuron the app is running and whose result the reducer waits for. */
export interface PendingNeuron {
  readonly runId: number;
  readonly name: string;
  /** The neuron's parameters after templating. */
  readonly parameters: JsonObject;
}

/** A request being answered; kept in state only while a neuron result is awaited. */
export interface KalliopeRequest {
  readonly userOrder: string | null;
  readonly mute: boolean;
  /** `false` when no synapse matched the order. */
  readonly orderFound: boolean;
  /** Runs in the order the response lists them. */
  readonly processed: number[];
  /** Neurons run so far, against `maxNeuronsPerRequest`. */
  neuronsRun: number;
  pending: PendingNeuron | null;
}

/**
 * Kalliope's multi-turn state, plain JSON: one per brain by default (Kalliope's process-global LIFO and memory),
 * or one per session key when the app isolates clients.
 */
export interface KalliopeState {
  /** `kalliope_memory`, including `kalliope_last_order` and `kalliope_last_tts_message`. */
  memory: JsonObject;
  /** Every run the LIFO or the current request refers to. */
  runs: SynapseRun[];
  /** Lists of run ids; the last list runs first. */
  lifo: number[][];
  /** A neurotransmitter waits for the next order as its answer. */
  waitingForAnswer: boolean;
  request: KalliopeRequest | null;
  nextRunId: number;
}

export function initialKalliopeState(): KalliopeState {
  return { memory: {}, runs: [], lifo: [], waitingForAnswer: false, request: null, nextRunId: 1 };
}
