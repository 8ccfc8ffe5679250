import type { JsonObject } from '../core/json.js';
import type { KalliopeSynapse } from './brain.js';
import type { KalliopeState, SynapseRun } from './state.js';

/** Adds a run of `synapseName` to the (draft) state and returns its id. */
export function createRun(draft: KalliopeState, synapseName: string, matchedOrder: string | null, parameters: JsonObject): number {
  const id = draft.nextRunId;
  draft.nextRunId += 1;
  draft.runs.push({ id, synapseName, matchedOrder, parameters, nextNeuron: 0, neurons: [] });
  return id;
}

export function findRun(state: KalliopeState, id: number): SynapseRun | undefined {
  return state.runs.find((run) => run.id === id);
}

export function findSynapse(brain: readonly KalliopeSynapse[], name: string): KalliopeSynapse | undefined {
  return brain.find((synapse) => synapse.name === name);
}

/** Kalliope reports a neuron by its module name with the first letter upper-cased. */
export function neuronModuleName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
