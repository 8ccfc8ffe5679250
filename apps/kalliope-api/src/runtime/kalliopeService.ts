import { initialKalliopeState, type JsonObject, type KalliopeInput, type RunResponse } from '@parley/dialog-engine';
import { answerInSession, unansweredOrder } from '@parley/dialog-engine/kalliope';
import type { Transcript } from '@parley/speech';
import type { Neuron, NeuronContext, NeuronLogger } from '../neurons/neuron.js';
import type { KalliopeStore, SwitchName } from '../db/kalliopeStore.js';
import { dialogContext } from './dialogContext.js';
import { DialogDriver } from './dialogDriver.js';
import type { RunningBrain } from './runningBrain.js';
import type { SpeechService } from './speechService.js';

interface KalliopeServiceDeps {
  readonly brain: RunningBrain;
  readonly store: KalliopeStore;
  readonly speech: SpeechService;
  readonly neurons: ReadonlyMap<string, Neuron>;
  readonly log: NeuronLogger;
  /** Called by kill_switch; the server closes after answering. */
  readonly stopServer: () => void;
  readonly random?: () => number;
}

/** The brain-wide dialogue, used when a request names no session (Kalliope has exactly one). */
export const DEFAULT_SESSION = '';

const HOOK_OF_SWITCH: Record<SwitchName, readonly [on: string, off: string]> = {
  mute: ['on_mute', 'on_unmute'],
  deaf: ['on_deaf', 'on_undeaf'],
};

/**
 * What the routes call: runs orders and synapses through the dialog engine's Kalliope reducer with the session's persisted
 * state (one at a time per session), keeps the mute/deaf switches, transcribes audio, fires hooks.
 */
export class KalliopeService {
  private readonly driver: DialogDriver;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly shutdown = new AbortController();

  constructor(private readonly deps: KalliopeServiceDeps) {
    const context: NeuronContext = {
      get settings() {
        return deps.brain.settings;
      },
      log: deps.log,
      signal: this.shutdown.signal,
      setSynapseEnabled: (name, enabled) => deps.brain.setEnabled(name, enabled),
      setSwitch: (name, value) => this.setSwitch(name, value),
      setVariables: (values) => deps.brain.setVariables(values),
      scheduleSynapse: (name, delayMs, parameters) => this.schedule(name, delayMs, parameters),
      stopServer: deps.stopServer,
    };
    const random = deps.random ?? Math.random;
    this.driver = new DialogDriver({
      neurons: deps.neurons,
      neuronContext: context,
      speak: (text) => deps.speech.speak(text),
      context: () => dialogContext(deps.brain, random),
    });
  }

  /** Listens for the other instances' switch changes, then fires `on_start`. */
  async start(): Promise<void> {
    await this.deps.store.ready();
    await this.runHooks('on_start');
  }

  /** Stops pending neurotimers and long neurons. */
  close(): void {
    this.shutdown.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** `start/order` and audio: an order, or the answer a waiting neurotransmitter gets. */
  async runOrder(session: string, order: string | null, mute: boolean): Promise<RunResponse> {
    const response = await this.runInSession(session, { type: 'order', order, mute: mute || (await this.getSwitch('mute')) });
    return response ?? unansweredOrder(order);
  }

  /** `start/id`; undefined when the brain has no synapse of that name. */
  async runSynapse(session: string, name: string, parameters: JsonObject, mute: boolean): Promise<RunResponse | undefined> {
    return this.runInSession(session, { type: 'run_synapse', name, parameters, mute: mute || (await this.getSwitch('mute')) });
  }

  /** Runs one request in the session's dialogue, then the `on_order_found` and `on_processed_synapses` hooks. */
  private async runInSession(session: string, input: KalliopeInput): Promise<RunResponse | undefined> {
    const answer = await answerInSession(this.deps.store, session, (state) => this.driver.run(state, input));
    if (answer === undefined) return undefined;
    if (input.type === 'order' && answer.orderFound && this.hasHook('on_order_found')) await this.runHooks('on_order_found');
    if (answer.response.matched_synapses.length > 0 && this.hasHook('on_processed_synapses')) await this.runHooks('on_processed_synapses');
    return answer.response;
  }

  transcribe(audio: Buffer): Promise<Transcript> {
    return this.deps.speech.transcribe(audio);
  }

  /** A switch as this instance knows it (read from the database at most once a second: db/switchCache.ts). */
  async getSwitch(name: SwitchName): Promise<boolean> {
    return (await this.deps.store.getSwitch(name)) ?? this.deps.brain.settings.options[name] === true;
  }

  async setSwitch(name: SwitchName, value: boolean): Promise<void> {
    const previous = (await this.deps.store.readSwitch(name)) ?? this.deps.brain.settings.options[name] === true;
    await this.deps.store.setSwitch(name, value);
    const [on, off] = HOOK_OF_SWITCH[name];
    if (previous !== value) await this.runHooks(value ? on : off);
  }

  /** Whether the settings name synapses for a hook (an order need not wait for an empty one). */
  private hasHook(hook: string): boolean {
    return (this.deps.brain.settings.hooks[hook]?.length ?? 0) > 0;
  }

  /** Runs the synapses of a hook outside any session's dialogue. */
  private async runHooks(hook: string): Promise<void> {
    for (const name of this.deps.brain.settings.hooks[hook] ?? []) {
      await this.driver.run(initialKalliopeState(), { type: 'run_synapse', name, mute: await this.getSwitch('mute') });
    }
  }

  private schedule(name: string, delayMs: number, parameters: Readonly<Record<string, unknown>>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.getSwitch('mute')
        .then((mute) => this.driver.run(initialKalliopeState(), { type: 'run_synapse', name, parameters: parameters as JsonObject, mute }))
        .catch((error: unknown) => this.deps.log.warn({ err: String(error), synapse: name }, 'neurotimer failed'));
    }, delayMs);
    this.timers.add(timer);
  }
}
