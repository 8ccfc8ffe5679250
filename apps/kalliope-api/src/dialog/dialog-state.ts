/** One line of a run answer: a neuron that ran and the text it generated (null when it generates none). */
export interface NeuronOutput {
  readonly neuron_name: string;
  readonly generated_message: string | null;
}

/** A synapse being carried out: where it stands, what it produced so far. Plain JSON (it is persisted). */
export interface RunningSynapse {
  readonly name: string;
  readonly matchedOrder: string | null;
  /** Order parameters (`{{ name }}` values) and parameters given by the caller. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Index of the next neuron to run. */
  next: number;
  readonly outputs: NeuronOutput[];
}

/**
 * The dialogue of one session (the whole brain by default): Kalliope's LIFO of synapse lists — non-empty only
 * while a neurotransmitter waits for an answer — and `kalliope_memory`.
 */
export interface DialogState {
  readonly lifo: RunningSynapse[][];
  readonly memory: Record<string, unknown>;
}

export const EMPTY_DIALOG: DialogState = { lifo: [], memory: {} };

/** The body of a run answer (seed 004, reference/kalliope.md §5.3). */
export interface RunResponse {
  readonly user_order: string | null;
  readonly matched_synapses: readonly {
    readonly synapse_name: string;
    readonly matched_order: string | null;
    readonly neuron_module_list: readonly NeuronOutput[];
  }[];
  readonly status: 'complete' | 'waiting_for_answer' | null;
}

/** Kalliope reports a neuron by its module name with the first letter upper-cased (`Say`, `Kill_switch`). */
export function neuronDisplayName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
