/** Kalliope's run response (docs/protocols/kalliope.md §5.3), field names as on the wire. */
export interface NeuronModuleReport {
  /** The neuron module name with its first letter upper-cased (`Say`, `Neurotransmitter`). */
  readonly neuron_name: string;
  readonly generated_message: string | null;
}

export interface MatchedSynapseReport {
  readonly synapse_name: string;
  readonly matched_order: string | null;
  readonly neuron_module_list: readonly NeuronModuleReport[];
}

export type RunStatus = 'complete' | 'waiting_for_answer';

export interface RunResponse {
  readonly user_order: string | null;
  readonly matched_synapses: readonly MatchedSynapseReport[];
  /** `null` when nothing ran. */
  readonly status: RunStatus | null;
}
