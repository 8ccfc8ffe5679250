import type { KalliopeSettings } from '../settings/settings.js';

/** The minimal logger neurons get (pino's shape). */
export interface NeuronLogger {
  info(object: Record<string, unknown>, message?: string): void;
  warn(object: Record<string, unknown>, message?: string): void;
}

/** What a neuron may do besides computing values; the server provides it. */
export interface NeuronContext {
  readonly settings: KalliopeSettings;
  readonly log: NeuronLogger;
  /** Aborted when the server shuts down: long-running neurons should stop. */
  readonly signal: AbortSignal;
  /** Enables or disables a synapse; false when there is no synapse of that name. */
  setSynapseEnabled(name: string, enabled: boolean): boolean;
  /** Switches the TTS mute or the trigger (deaf) state, as the `settings` neuron does. */
  setSwitch(name: 'mute' | 'deaf', value: boolean): Promise<void>;
  /** Sets global variables (the `var_files` values) for later templates. */
  setVariables(values: Readonly<Record<string, unknown>>): void;
  /** Runs a synapse later, outside the current dialogue (neurotimer). */
  scheduleSynapse(name: string, delayMs: number, parameters: Readonly<Record<string, unknown>>): void;
  /** Stops the server gracefully once the current request is answered (kill_switch). */
  stopServer(): void;
}

/**
 * A neuron module: it receives its parameters (templates already rendered) and returns the values its
 * `say_template` / `file_template` are rendered with. Publish one in an npm package and pass it to
 * `buildApp({ neurons: [...] })` or `createNeuronRegistry`.
 */
export interface Neuron {
  /** The name used in brain.yml (`- my_neuron: {…}`). */
  readonly name: string;
  /**
   * Parameters coming from orders must never reach this neuron (script, shell): a parameter holding a
   * `{{ template }}` makes the neuron skip instead of rendering it.
   */
  readonly trustedParametersOnly?: boolean;
  run(parameters: Readonly<Record<string, unknown>>, context: NeuronContext): Promise<Readonly<Record<string, unknown>>>;
}

/** Raised by a neuron for a parameter problem; the neuron is dropped from the answer, as Kalliope does. */
export class NeuronParameterError extends Error {
  override readonly name = 'NeuronParameterError';
  constructor(neuron: string, problem: string) {
    super(`neuron ${neuron}: ${problem}`);
  }
}
