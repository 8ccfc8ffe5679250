import type { JsonObject } from '../../core/json.js';
import type { Brain } from '../brainYaml/loadedBrain.js';
import { parseBrain } from '../brainYaml/parseBrain.js';
import type { KalliopeInput } from '../kalliopeIo.js';
import type { KalliopeStepContext } from '../kalliopeStepContext.js';
import type { RunResponse } from '../runResponse.js';
import { answerInSession, unansweredOrder } from './answerInSession.js';
import { compileDialogBrain } from './compileBrain.js';
import { memoryDialogues, type KalliopeDialogues } from './dialogues.js';
import { runKalliopeTurn, type KalliopeEffects } from './runTurn.js';

/** A brain.yml text, or one with the files it names (`includes`, `file_template`, `stt-correction-file`) by path. */
export type KalliopeBrainSource = string | { readonly brain: string; readonly files?: Readonly<Record<string, string>> };

/** A neuron of the embedding program: gets the templated parameters, returns values for `{{ }}` and memory. */
export type KalliopeNeuronFunction = (parameters: JsonObject) => unknown;

export interface KalliopeBrainOptions {
  /** Where each session's dialogue is kept between orders; in memory by default. */
  readonly dialogues?: KalliopeDialogues;
  /** Neurons besides `say` and `neurotransmitter`, by name; an order naming another neuron drops it from the answer. */
  readonly neurons?: Readonly<Record<string, KalliopeNeuronFunction>>;
  /** What `say` speaks (unless the order is muted); nothing by default. */
  readonly speak?: (text: string) => void | Promise<void>;
  /** A neuron skipped or failed, as the server logs it. */
  readonly onWarning?: (message: string, details: Readonly<Record<string, unknown>>) => void;
  /** settings.yml `default_synapse`: run when no synapse matches an order. */
  readonly defaultSynapse?: string;
  /** settings.yml `var_files` values, for `{{ }}` in neuron parameters. */
  readonly variables?: JsonObject;
  /** `all` (Kalliope's default: every matching synapse runs) or `best`. */
  readonly matchingMode?: 'all' | 'best';
  /** The clock (ms since the epoch) and randomness the dialogue sees; `Date.now` and `Math.random` by default. */
  readonly now?: () => number;
  readonly random?: () => number;
}

export interface KalliopeOrderOptions {
  /** The dialogue to continue (the server's `X-Parley-Session`); one brain-wide dialogue by default, as in Kalliope. */
  readonly session?: string;
  /** Do not speak (`mute` of the REST API). */
  readonly mute?: boolean;
}

/** A Kalliope brain answering as kalliope-api's REST API does, without a server. */
export interface KalliopeBrain {
  readonly brain: Brain;
  /** `POST /synapses/start/order`: the matched synapses, their neurons' messages, `user_order` and `status`. */
  order(order: string | null, options?: KalliopeOrderOptions): Promise<RunResponse>;
  /** `POST /synapses/start/id/<name>`; undefined when the brain has no synapse of that name. */
  runSynapse(name: string, parameters?: JsonObject, options?: KalliopeOrderOptions): Promise<RunResponse | undefined>;
}

const BRAIN_FILE = 'brain.yml';
/** The session key of the brain-wide dialogue (the server's, when a request names no session). */
const DEFAULT_SESSION = '';

/** Parses a brain (ConfigError when it is invalid) and returns what answers its orders. */
export async function loadKalliopeBrain(source: KalliopeBrainSource, options: KalliopeBrainOptions = {}): Promise<KalliopeBrain> {
  const { brain: text, files = {} } = typeof source === 'string' ? { brain: source } : source;
  const brain = parseBrain(BRAIN_FILE, text, {
    read: (path) => {
      const named = files[path];
      return named === undefined ? undefined : { file: path, text: named };
    },
    lookedAt: (path) => `"${path}" among the files given`,
  });
  const compiled = compileDialogBrain(brain.synapses, {
    correctionFiles: brain.correctionFiles,
    ...(options.matchingMode === undefined ? {} : { mode: options.matchingMode }),
  });
  // The embedding entry is a shell like the apps: it reads the clock and randomness the reducer gets as inputs.
  // eslint-disable-next-line no-restricted-properties
  const now = options.now ?? Date.now;
  // eslint-disable-next-line no-restricted-properties
  const random = options.random ?? Math.random;
  const context = (): KalliopeStepContext => ({
    now: now(),
    random,
    brain: compiled.synapses,
    matchOrder: compiled.matchOrder,
    settings: {
      variables: options.variables ?? {},
      orderNotFoundSynapses: options.defaultSynapse === undefined ? [] : [options.defaultSynapse],
    },
    templateFiles: brain.templateFiles,
  });
  const effects: KalliopeEffects = {
    speak: async (spoken) => {
      await options.speak?.(spoken);
    },
    runNeuron: async (name, parameters) => {
      const neuron = options.neurons?.[name];
      if (neuron === undefined) throw new Error(`no neuron "${name}" was given`);
      return neuron(parameters);
    },
    warn: (details, message) => options.onWarning?.(message, details),
  };
  const dialogues = options.dialogues ?? memoryDialogues();
  const answer = (input: KalliopeInput, session: string) =>
    answerInSession(dialogues, session, (state) => runKalliopeTurn(state, input, context, effects));
  return {
    brain,
    async order(order, { session = DEFAULT_SESSION, mute = false } = {}) {
      return (await answer({ type: 'order', order, mute }, session))?.response ?? unansweredOrder(order);
    },
    async runSynapse(name, parameters = {}, { session = DEFAULT_SESSION, mute = false } = {}) {
      return (await answer({ type: 'run_synapse', name, parameters, mute }, session))?.response;
    },
  };
}
