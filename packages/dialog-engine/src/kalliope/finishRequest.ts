import type { MatchedSynapseReport, RunResponse, RunStatus } from './runResponse.js';
import type { KalliopeRequest, KalliopeState } from './state.js';
import { findRun } from './synapseRuns.js';

/**
 * Writes the run response of a request and forgets the runs nothing refers to any more. Synapses are listed
 * in the order they entered the response, each with every neuron it has reported (across requests too).
 */
export function finishRequest(draft: KalliopeState, request: KalliopeRequest, status: RunStatus): RunResponse {
  const matched: MatchedSynapseReport[] = [];
  for (const id of request.processed) {
    const run = findRun(draft, id);
    if (run !== undefined) matched.push({ synapse_name: run.synapseName, matched_order: run.matchedOrder, neuron_module_list: [...run.neurons] });
  }
  if (draft.lifo.length === 0) draft.runs = [];
  else {
    const live = new Set(draft.lifo.flat());
    draft.runs = draft.runs.filter((run) => live.has(run.id));
  }
  draft.request = null;
  return { user_order: request.userOrder, matched_synapses: matched, status };
}
