import type { OrderSignal } from '@parley/nlu';

/** A neuron as written in brain.yml: `- say: {message: hi}` or the bare `- kill_switch` (parameters null). */
export interface BrainNeuron {
  readonly name: string;
  readonly parameters: Readonly<Record<string, unknown>> | null;
  /** Where it is written (brain files only; not for synapses added through the API). */
  readonly line?: number;
}

/** A signal as written: `- order: "text"`, `- order: {text, matching-type, …}`, `- event: …`, … */
export interface BrainSignal {
  readonly name: string;
  readonly parameters: unknown;
}

export interface Synapse {
  readonly name: string;
  readonly signals: readonly BrainSignal[];
  readonly neurons: readonly BrainNeuron[];
  /** The `order` signals, ready for matching (stt-correction files loaded). */
  readonly orders: readonly OrderSignal[];
  /** Only the `brain` neuron changes this; a YAML `enabled:` is ignored, as Kalliope does. */
  readonly enabled: boolean;
  /** The brain file that holds it (an included file for included synapses); none when added through the API. */
  readonly file?: string;
}

/** The loaded brain: synapses in brain order, included synapses last, and the files they name. */
export interface Brain {
  readonly file: string;
  readonly synapses: readonly Synapse[];
  /** Entries of each `stt-correction-file`, keyed by the path as written in the brain. */
  readonly correctionFiles: Readonly<Record<string, readonly unknown[]>>;
  /** Contents of each `file_template`, keyed by the path as written in the brain. */
  readonly templateFiles: Readonly<Record<string, string>>;
}
