import { isJsonObject } from '../core/json.js';
import type { KalliopeEffect } from './kalliopeIo.js';
import type { KalliopeStepContext } from './kalliopeStepContext.js';
import { reportNeuron } from './neuronMessages.js';
import type { OrderMatch } from './ports.js';
import { markProcessed } from './runLifo.js';
import type { KalliopeRequest, KalliopeState } from './state.js';
import { createRun, findRun, findSynapse } from './synapseRuns.js';

/** The first `from_answer_link` entry whose answers match, by normal matching; the matched answer pattern is `matched_order`. */
function linkedSynapse(links: readonly unknown[], answer: string, ctx: KalliopeStepContext): OrderMatch | undefined {
  for (const link of links) {
    if (!isJsonObject(link) || typeof link['synapse'] !== 'string') continue;
    const answers = Array.isArray(link['answers']) ? link['answers'].filter((item): item is string => typeof item === 'string') : [];
    if (answers.length === 0 || findSynapse(ctx.brain, link['synapse']) === undefined) continue;
    const synapse = { name: link['synapse'], signals: answers.map((text) => ({ name: 'order', parameters: text })), neurons: [] };
    const match = ctx.matchOrder(answer, [synapse])[0];
    if (match !== undefined) return { ...match, synapseName: synapse.name };
  }
  return undefined;
}

/**
 * Gives an order to the waiting neurotransmitter as its answer (docs/protocols/kalliope.md §4, §5.4): the first linked
 * synapse whose answers match runs next, else `default` with `matched_order: null`. The neurotransmitter is then
 * reported (generated_message null) and its synapse enters the response.
 */
export function answerNeurotransmitter(
  draft: KalliopeState,
  request: KalliopeRequest,
  answer: string,
  ctx: KalliopeStepContext,
  effects: KalliopeEffect[],
): void {
  draft.waitingForAnswer = false;
  const runId = draft.lifo[draft.lifo.length - 1]?.[0];
  const run = runId === undefined ? undefined : findRun(draft, runId);
  const neuron = run === undefined ? undefined : findSynapse(ctx.brain, run.synapseName)?.neurons[run.nextNeuron];
  if (run === undefined || neuron === undefined) return;
  const parameters = neuron.parameters ?? {};
  const links = parameters['from_answer_link'];
  const linked = linkedSynapse(Array.isArray(links) ? links : [], answer, ctx);
  const fallback = parameters['default'];
  reportNeuron(draft, run, neuron.name, null, effects);
  run.nextNeuron += 1;
  markProcessed(request, run);
  if (linked !== undefined) {
    draft.lifo.push([createRun(draft, linked.synapseName, linked.matchedOrder, { ...linked.parameters })]);
  } else if (typeof fallback === 'string' && findSynapse(ctx.brain, fallback) !== undefined) {
    draft.lifo.push([createRun(draft, fallback, null, {})]);
  }
}
