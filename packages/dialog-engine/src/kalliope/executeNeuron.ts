import type { JsonObject } from '../core/json.js';
import type { KalliopeNeuron } from './brain.js';
import type { KalliopeEffect } from './kalliopeIo.js';
import type { KalliopeStepContext } from './kalliopeStepContext.js';
import { reportNeuron, sayMessage, saveToMemory, templateMessage, templateVariables } from './neuronMessages.js';
import { renderNeuronParameters } from './renderNeuronParameters.js';
import type { KalliopeState, PendingNeuron, SynapseRun } from './state.js';
import { createRun, findSynapse } from './synapseRuns.js';

/** What running one neuron does to the execution of its synapse list. */
type NeuronOutcome =
  /** Go on with the next neuron (this one ran, or was skipped). */
  | { readonly kind: 'next' }
  /** A neurotransmitter linked to another synapse: its run goes on top of the LIFO. */
  | { readonly kind: 'push'; readonly runIds: readonly number[] }
  /** A neurotransmitter waits for the next order as its answer. */
  | { readonly kind: 'wait' }
  /** The app runs the neuron and reports back; the request pauses. */
  | { readonly kind: 'await' };

const NEXT: NeuronOutcome = { kind: 'next' };

function warn(run: SynapseRun, neuron: string, message: string, effects: KalliopeEffect[]): void {
  effects.push({ kind: 'warning', synapse: run.synapseName, neuron, message });
}

/** Kalliope skips the neuron; the app logs why. */
function skip(run: SynapseRun, neuron: string, reason: string, effects: KalliopeEffect[]): NeuronOutcome {
  warn(run, neuron, `neuron skipped: ${reason}`, effects);
  return NEXT;
}

function runNeurotransmitter(draft: KalliopeState, run: SynapseRun, parameters: JsonObject, ctx: KalliopeStepContext, effects: KalliopeEffect[]): NeuronOutcome {
  const directLink = parameters['direct_link'];
  if (typeof directLink === 'string') {
    if (findSynapse(ctx.brain, directLink) === undefined) return NEXT;
    reportNeuron(draft, run, 'neurotransmitter', null, effects);
    return { kind: 'push', runIds: [createRun(draft, directLink, null, {})] };
  }
  return Array.isArray(parameters['from_answer_link']) ? { kind: 'wait' } : NEXT;
}

/**
 * Runs the next neuron of `run` (docs/protocols/kalliope.md §4): templating first (a missing variable skips the neuron,
 * as in Kalliope, with a `warning` effect for the log); `say` speaks; the neurotransmitter links or waits; any other neuron becomes a `neuron` effect.
 */
export function executeNeuron(
  draft: KalliopeState,
  run: SynapseRun,
  neuron: KalliopeNeuron,
  ctx: KalliopeStepContext,
  effects: KalliopeEffect[],
): NeuronOutcome {
  const variables = templateVariables(run, draft, ctx);
  const rendered = renderNeuronParameters(neuron.parameters ?? {}, variables);
  if (!rendered.ok) return skip(run, neuron.name, rendered.reason, effects);
  const parameters = rendered.value;
  const kind = neuron.name.toLowerCase();
  if (kind === 'neurotransmitter') return runNeurotransmitter(draft, run, parameters, ctx, effects);
  if (kind === 'say') {
    // Only a template or memory entries read values: a plain `message` needs none.
    const readsValues = parameters['say_template'] !== undefined || parameters['file_template'] !== undefined || parameters['kalliope_memory'] !== undefined;
    const ownValues = readsValues ? { ...variables, ...parameters, kalliope_memory: draft.memory } : {};
    const message = sayMessage(parameters, ownValues, ctx);
    if (!message.ok) return skip(run, neuron.name, message.reason, effects);
    reportNeuron(draft, run, neuron.name, message.value, effects);
    for (const problem of saveToMemory(draft, parameters['kalliope_memory'], ownValues)) warn(run, neuron.name, problem, effects);
    return NEXT;
  }
  // Every neuron's outcome is awaited, not only templated ones: a neuron that fails is dropped from the answer
  // (docs/protocols/kalliope.md §4), so it may be listed only once it has run.
  const awaitsResult = draft.request !== null;
  effects.push({ kind: 'neuron', name: neuron.name, parameters, awaitsResult });
  if (draft.request !== null) {
    draft.request.pending = { runId: run.id, name: neuron.name, parameters };
    return { kind: 'await' };
  }
  reportNeuron(draft, run, neuron.name, null, effects);
  return NEXT;
}

/**
 * Finishes a neuron the app ran: a failure drops it (Kalliope drops a neuron that raises); otherwise its
 * template is rendered from the returned values and its memory entries are stored.
 */
export function completeNeuron(
  draft: KalliopeState,
  run: SynapseRun,
  pending: PendingNeuron,
  result: { readonly values?: JsonObject; readonly error?: string },
  ctx: KalliopeStepContext,
  effects: KalliopeEffect[],
): void {
  if (result.error !== undefined) return;
  const values = result.values ?? {};
  const message = templateMessage(pending.parameters, { ...values, kalliope_memory: draft.memory }, ctx);
  if (!message.ok) {
    skip(run, pending.name, message.reason, effects);
    return;
  }
  reportNeuron(draft, run, pending.name, message.value, effects);
  const problems = saveToMemory(draft, pending.parameters['kalliope_memory'], { ...templateVariables(run, draft, ctx), ...values });
  for (const problem of problems) warn(run, pending.name, problem, effects);
}
