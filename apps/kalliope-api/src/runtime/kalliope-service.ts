import type { Transcript } from '@parley/speech';
import { EMPTY_DIALOG, type RunResponse } from '../dialog/dialog-state.js';
import { DialogRunner } from '../dialog/dialog-runner.js';
import type { Neuron, NeuronContext, NeuronLogger } from '../neurons/neuron.js';
import type { KalliopeStore, SwitchName } from '../storage/kalliope-store.js';
import type { RunningBrain } from './running-brain.js';
import { SessionLock } from './session-lock.js';
import type { SpeechService } from './speech-service.js';

export interface KalliopeServiceDeps {
  readonly brain: RunningBrain;
  readonly store: KalliopeStore;
  readonly speech: SpeechService;
  readonly neurons: ReadonlyMap<string, Neuron>;
  readonly log: NeuronLogger;
  readonly readTemplateFile: (path: string) => Promise<string>;
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
 * What the routes call: runs orders and synapses through the dialogue runner with the session's persisted
 * state (one at a time per session), keeps the mute/deaf switches, transcribes audio, fires hooks.
 */
export class KalliopeService {
  private readonly lock = new SessionLock();
  private readonly runner: DialogRunner;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly shutdown = new AbortController();
  private serverMuted = false;

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
    this.runner = new DialogRunner({
      synapses: () => deps.brain.synapses(),
      settings: () => deps.brain.settings,
      speak: (text) => deps.speech.speak(text),
      serverMuted: () => this.serverMuted,
      neurons: deps.neurons,
      context,
      random: deps.random ?? Math.random,
      readTemplateFile: deps.readTemplateFile,
    });
  }

  /** Loads the persisted switches (the settings' `options` give the first values) and fires `on_start`. */
  async start(): Promise<void> {
    const stored = await this.deps.store.getSwitch('mute');
    this.serverMuted = stored ?? this.deps.brain.settings.options['mute'] === true;
    await this.runHooks('on_start');
  }

  /** Stops pending neurotimers and long neurons. */
  close(): void {
    this.shutdown.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  runOrder(session: string, order: string | null, mute: boolean): Promise<RunResponse> {
    return this.lock.run(session, async () => {
      const state = await this.deps.store.loadDialog(session);
      const result = await this.runner.runOrder(state, order, { mute });
      await this.deps.store.saveDialog(session, result.state);
      return result.response;
    });
  }

  /** Undefined when the brain has no synapse of that name. */
  runSynapse(session: string, name: string, parameters: Readonly<Record<string, unknown>>, mute: boolean): Promise<RunResponse | undefined> {
    if (this.deps.brain.find(name) === undefined) return Promise.resolve(undefined);
    return this.lock.run(session, async () => {
      const state = await this.deps.store.loadDialog(session);
      const result = await this.runner.runSynapse(state, name, parameters, { mute });
      await this.deps.store.saveDialog(session, result.state);
      return result.response;
    });
  }

  transcribe(audio: Buffer): Promise<Transcript> {
    return this.deps.speech.transcribe(audio);
  }

  async getSwitch(name: SwitchName): Promise<boolean> {
    if (name === 'mute') return this.serverMuted;
    return (await this.deps.store.getSwitch(name)) ?? this.deps.brain.settings.options[name] === true;
  }

  async setSwitch(name: SwitchName, value: boolean): Promise<void> {
    const previous = await this.getSwitch(name);
    await this.deps.store.setSwitch(name, value);
    if (name === 'mute') this.serverMuted = value;
    const [on, off] = HOOK_OF_SWITCH[name];
    if (previous !== value) await this.runHooks(value ? on : off);
  }

  /** Runs the synapses of a hook outside any session's dialogue. */
  private async runHooks(hook: string): Promise<void> {
    for (const name of this.deps.brain.settings.hooks[hook] ?? []) {
      await this.runner.runSynapse(EMPTY_DIALOG, name, {}, { mute: false });
    }
  }

  private schedule(name: string, delayMs: number, parameters: Readonly<Record<string, unknown>>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.runner
        .runSynapse(EMPTY_DIALOG, name, parameters, { mute: false })
        .catch((error: unknown) => this.deps.log.warn({ err: String(error), synapse: name }, 'neurotimer failed'));
    }, delayMs);
    this.timers.add(timer);
  }
}
