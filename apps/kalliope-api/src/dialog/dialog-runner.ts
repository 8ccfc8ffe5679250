import { matchOrder } from '@parley/nlu';
import type { Synapse } from '../brain/synapse.js';
import type { KalliopeSettings } from '../settings/settings.js';
import { neuronDisplayName, type DialogState, type RunResponse, type RunningSynapse } from './dialog-state.js';
import { directLink, linkForAnswer, waitsForAnswer, type NeurotransmitterLink } from './neurotransmitter.js';
import { runNeuron, type NeuronRunnerDeps } from './run-neuron.js';

export interface DialogRunnerDeps extends NeuronRunnerDeps {
  /** The running brain (with `enabled` as the brain neuron left it). */
  readonly synapses: () => readonly Synapse[];
  readonly settings: () => KalliopeSettings;
  /** Speaks a generated text (TTS + player); only called when neither the call nor the server is muted. */
  readonly speak: (text: string) => Promise<void>;
  readonly serverMuted: () => boolean;
}

export interface RunOptions {
  /** The call's `no_voice` / `mute` flag: generate the text, do not speak it. */
  readonly mute: boolean;
}

export interface RunResult {
  readonly state: DialogState;
  readonly response: RunResponse;
}

function start(name: string, matchedOrder: string | null, parameters: Readonly<Record<string, unknown>>): RunningSynapse {
  return { name, matchedOrder, parameters, next: 0, outputs: [] };
}

function copyState(state: DialogState): { lifo: RunningSynapse[][]; memory: Record<string, unknown> } {
  return structuredClone({ lifo: state.lifo, memory: state.memory });
}

/**
 * Kalliope's execution model (reference/kalliope.md §4, §5.3, §5.4) over a plain-JSON dialogue state: a LIFO of
 * matched-synapse lists; a neurotransmitter that waits for an answer stops the run (`waiting_for_answer`) and the
 * next order of the session is its answer; linked synapses run before the rest of the current list.
 */
export class DialogRunner {
  constructor(private readonly deps: DialogRunnerDeps) {}

  /** POST /synapses/start/order (and audio): an answer when a neurotransmitter waits, else a new order. */
  async runOrder(state: DialogState, order: string | null, options: RunOptions): Promise<RunResult> {
    const next = copyState(state);
    if (order !== null) next.memory['kalliope_last_order'] = order;
    if (next.lifo.length > 0 && order !== null) {
      const run = await this.execute(next, order, options);
      return { state: next, response: { user_order: null, matched_synapses: run.processed, status: run.status } };
    }
    const settings = this.deps.settings();
    const matches = matchOrder(this.deps.synapses(), order, { mode: settings.matchingMode });
    let list = matches.map((match) => start(match.synapse.name, match.matchedOrder, match.parameters));
    if (list.length === 0) {
      const fallback = settings.defaultSynapse !== null ? [settings.defaultSynapse] : (settings.hooks['on_order_not_found'] ?? []);
      list = fallback.map((name) => start(name, null, {}));
    }
    if (list.length === 0) return { state: next, response: { user_order: order, matched_synapses: [], status: null } };
    next.lifo.push(list);
    const run = await this.execute(next, null, options);
    return { state: next, response: { user_order: order, matched_synapses: run.processed, status: run.status } };
  }

  /** POST /synapses/start/id/<name>: the LIFO is cleared first (Kalliope 0.5), the caller's parameters are the order's. */
  async runSynapse(
    state: DialogState,
    name: string,
    parameters: Readonly<Record<string, unknown>>,
    options: RunOptions,
  ): Promise<RunResult> {
    const next = copyState(state);
    next.lifo.length = 0;
    next.lifo.push([start(name, null, parameters)]);
    const run = await this.execute(next, null, options);
    return { state: next, response: { user_order: null, matched_synapses: run.processed, status: run.status } };
  }

  private async execute(
    state: { lifo: RunningSynapse[][]; memory: Record<string, unknown> },
    firstAnswer: string | null,
    options: RunOptions,
  ): Promise<{ processed: RunResponse['matched_synapses']; status: 'complete' | 'waiting_for_answer' }> {
    let answer = firstAnswer;
    const processed: RunningSynapse[] = [];
    const byName = new Map(this.deps.synapses().map((synapse) => [synapse.name, synapse]));
    const settings = this.deps.settings();
    const toResponse = () =>
      processed.map((running) => ({
        synapse_name: running.name,
        matched_order: running.matchedOrder,
        neuron_module_list: running.outputs,
      }));
    outer: while (state.lifo.length > 0) {
      const list = state.lifo[state.lifo.length - 1] ?? [];
      while (list.length > 0) {
        const running = list[0] as RunningSynapse;
        if (!processed.includes(running)) processed.push(running);
        const neurons = byName.get(running.name)?.neurons ?? [];
        const values = { ...running.parameters, ...settings.variables };
        while (running.next < neurons.length) {
          const neuron = neurons[running.next];
          if (neuron === undefined) break;
          if (neuron.name === 'neurotransmitter') {
            const parameters = neuron.parameters ?? {};
            if (waitsForAnswer(parameters) && answer === null) return { processed: toResponse(), status: 'waiting_for_answer' };
            const link: NeurotransmitterLink | undefined =
              directLink(parameters) ?? (answer === null ? undefined : linkForAnswer(parameters, answer));
            if (waitsForAnswer(parameters)) answer = null;
            running.outputs.push({ neuron_name: 'Neurotransmitter', generated_message: null });
            running.next += 1;
            if (link !== undefined) {
              state.lifo.push([start(link.synapse, link.matchedOrder, link.parameters)]);
              continue outer;
            }
            continue;
          }
          running.next += 1;
          const outcome = await runNeuron(neuron, values, state.memory, this.deps);
          if (outcome.skipped) continue;
          running.outputs.push({ neuron_name: neuronDisplayName(neuron.name), generated_message: outcome.message });
          if (outcome.message !== null) await this.say(outcome.message, state.memory, options);
        }
        list.shift();
      }
      state.lifo.pop();
    }
    return { processed: toResponse(), status: 'complete' };
  }

  private async say(message: string, memory: Record<string, unknown>, options: RunOptions): Promise<void> {
    memory['kalliope_last_tts_message'] = message;
    if (options.mute || this.deps.serverMuted()) return;
    try {
      await this.deps.speak(message);
    } catch (error) {
      this.deps.context.log.warn({ err: (error as Error).message }, 'speaking failed');
    }
  }
}
