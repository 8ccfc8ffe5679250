import type { KalliopeEffect } from './kalliopeIo.js';
import type { KalliopeStepContext } from './kalliopeStepContext.js';
import { executeNeuron } from './executeNeuron.js';
import type { KalliopeRequest, KalliopeState, SynapseRun } from './state.js';
import { findRun, findSynapse } from './synapseRuns.js';

const DEFAULT_MAX_NEURONS_PER_REQUEST = 1000;

/** Where a request stands after the LIFO ran. */
type LifoResult = 'complete' | 'waiting_for_answer' | 'awaiting_neuron';

/** A run enters the response the first time it links, waits or finishes (docs/protocols/kalliope.md §5.4 ordering). */
export function markProcessed(request: KalliopeRequest, run: SynapseRun): void {
  if (!request.processed.includes(run.id)) request.processed.push(run.id);
}

/**
 * Kalliope's execution model (docs/protocols/kalliope.md §4): the last list of the LIFO runs first, each synapse's
 * neurons in order; a neurotransmitter link pushes a list that runs before the rest of the current one; a waiting
 * neurotransmitter stops everything and stays first. Works on a draft state.
 */
export function runLifo(draft: KalliopeState, request: KalliopeRequest, ctx: KalliopeStepContext, effects: KalliopeEffect[]): LifoResult {
  const maxNeurons = ctx.settings?.maxNeuronsPerRequest ?? DEFAULT_MAX_NEURONS_PER_REQUEST;
  for (;;) {
    const list = draft.lifo[draft.lifo.length - 1];
    if (list === undefined) return 'complete';
    const runId = list[0];
    if (runId === undefined) {
      draft.lifo.pop();
      continue;
    }
    const run = findRun(draft, runId);
    const neuron = run === undefined ? undefined : findSynapse(ctx.brain, run.synapseName)?.neurons[run.nextNeuron];
    if (run === undefined || neuron === undefined) {
      list.shift();
      if (run !== undefined) markProcessed(request, run);
      continue;
    }
    if (request.neuronsRun >= maxNeurons) {
      if (run.neurons.length > 0) markProcessed(request, run);
      draft.lifo = [];
      return 'complete';
    }
    request.neuronsRun += 1;
    const outcome = executeNeuron(draft, run, neuron, ctx, effects);
    switch (outcome.kind) {
      case 'next':
        run.nextNeuron += 1;
        break;
      case 'push':
        run.nextNeuron += 1;
        markProcessed(request, run);
        draft.lifo.push([...outcome.runIds]);
        break;
      case 'wait':
        markProcessed(request, run);
        draft.waitingForAnswer = true;
        return 'waiting_for_answer';
      case 'await':
        return 'awaiting_neuron';
    }
  }
}
