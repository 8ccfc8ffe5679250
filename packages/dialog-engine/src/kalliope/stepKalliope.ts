import type { JsonObject } from '../core/json.js';
import type { Step } from '../core/step.js';
import { answerNeurotransmitter } from './answerNeurotransmitter.js';
import { draftState, shareUnchangedMemory } from './draftState.js';
import { completeNeuron } from './executeNeuron.js';
import { finishRequest } from './finishRequest.js';
import type { KalliopeEffect, KalliopeInput, KalliopeOutput } from './kalliopeIo.js';
import type { KalliopeStepContext } from './kalliopeStepContext.js';
import { runLifo } from './runLifo.js';
import type { KalliopeRequest, KalliopeState } from './state.js';
import { createRun, findRun, findSynapse } from './synapseRuns.js';

type KalliopeStep = Step<KalliopeState, KalliopeOutput, KalliopeEffect>;

/** Runs the LIFO for the draft's request and answers it, unless a neuron result is awaited. */
function proceed(draft: KalliopeState, request: KalliopeRequest, ctx: KalliopeStepContext, effects: KalliopeEffect[]): KalliopeStep {
  draft.request = request;
  const result = runLifo(draft, request, ctx, effects);
  if (result === 'awaiting_neuron') return { state: draft, outputs: [], effects };
  const response = finishRequest(draft, request, result);
  return { state: draft, outputs: [{ kind: 'run_response', response, orderFound: request.orderFound }], effects };
}

function newRequest(userOrder: string | null, mute: boolean | undefined, orderFound: boolean): KalliopeRequest {
  return { userOrder, mute: mute === true, orderFound, processed: [], neuronsRun: 0, pending: null };
}

function runOrder(draft: KalliopeState, order: string | null, mute: boolean | undefined, ctx: KalliopeStepContext): KalliopeStep {
  const effects: KalliopeEffect[] = [];
  if (typeof order === 'string') draft.memory['kalliope_last_order'] = order;
  if (draft.waitingForAnswer) {
    const request = newRequest(null, mute, true);
    answerNeurotransmitter(draft, request, order ?? '', ctx, effects);
    return proceed(draft, request, ctx, effects);
  }
  const matches = order === null || order.trim() === '' ? [] : ctx.matchOrder(order, ctx.brain);
  const known = matches.filter((match) => findSynapse(ctx.brain, match.synapseName) !== undefined);
  if (known.length > 0) {
    draft.lifo.push(known.map((match) => createRun(draft, match.synapseName, match.matchedOrder, { ...match.parameters })));
    return proceed(draft, newRequest(order, mute, true), ctx, effects);
  }
  const fallbacks = (ctx.settings?.orderNotFoundSynapses ?? []).filter((name) => findSynapse(ctx.brain, name) !== undefined);
  if (fallbacks.length === 0) {
    return { state: draft, outputs: [{ kind: 'run_response', response: { user_order: order, matched_synapses: [], status: null }, orderFound: false }], effects };
  }
  draft.lifo.push(fallbacks.map((name) => createRun(draft, name, null, {})));
  return proceed(draft, newRequest(order, mute, false), ctx, effects);
}

function runSynapse(draft: KalliopeState, name: string, parameters: JsonObject, mute: boolean | undefined, ctx: KalliopeStepContext): KalliopeStep {
  if (findSynapse(ctx.brain, name) === undefined) return { state: draft, outputs: [{ kind: 'synapse_not_found', name }], effects: [] };
  draft.lifo = [];
  draft.runs = [];
  draft.waitingForAnswer = false;
  draft.lifo.push([createRun(draft, name, null, parameters)]);
  return proceed(draft, newRequest(null, mute, true), ctx, []);
}

function resume(draft: KalliopeState, result: { readonly values?: JsonObject; readonly error?: string }, ctx: KalliopeStepContext): KalliopeStep {
  const request = draft.request;
  if (request === null) return { state: draft, outputs: [], effects: [] };
  const effects: KalliopeEffect[] = [];
  const pending = request.pending;
  request.pending = null;
  const run = pending === null ? undefined : findRun(draft, pending.runId);
  if (pending !== null && run !== undefined) {
    completeNeuron(draft, run, pending, result, ctx, effects);
    run.nextNeuron += 1;
  }
  return proceed(draft, request, ctx, effects);
}

function stepDraft(draft: KalliopeState, input: KalliopeInput, ctx: KalliopeStepContext): KalliopeStep {
  if (draft.request !== null && input.type !== 'neuron_result') {
    const finished = resume(draft, { error: 'superseded by a new request' }, ctx);
    const next = stepKalliope(finished.state, input, ctx);
    return { state: next.state, outputs: [...finished.outputs, ...next.outputs], effects: [...finished.effects, ...next.effects] };
  }
  switch (input.type) {
    case 'order':
      return runOrder(draft, input.order, input.mute, ctx);
    case 'run_synapse':
      return runSynapse(draft, input.name, input.parameters ?? {}, input.mute, ctx);
    case 'neuron_result':
      return resume(draft, input, ctx);
  }
}

/**
 * The Kalliope multi-turn reducer: one call per order, synapse start or neuron result. A request paused for a
 * neuron result that receives another input first drops that neuron, is answered, and the input is handled next.
 * `state` is not changed; the next state shares the memory object of `state` when its entries stayed the same.
 */
export function stepKalliope(state: KalliopeState, input: KalliopeInput, ctx: KalliopeStepContext): KalliopeStep {
  const step = stepDraft(draftState(state), input, ctx);
  return { ...step, state: shareUnchangedMemory(state, step.state) };
}
