import {
  createNluMatchOrder, type JsonObject, type JsonValue, type KalliopeStepContext, type KalliopeSynapse, type MatchOrder,
} from '@parley/dialog-engine';
import type { Synapse } from '../brain/synapse.js';
import type { RunningBrain } from './running-brain.js';

/** brain.yml values are plain YAML data (strings, numbers, booleans, null, lists, mappings): JSON values. */
const asJson = (value: unknown): JsonValue => value as JsonValue;

function toDialogSynapse(synapse: Synapse): KalliopeSynapse {
  return {
    name: synapse.name,
    enabled: synapse.enabled,
    signals: synapse.signals.map((signal) => ({ name: signal.name, parameters: asJson(signal.parameters) })),
    neurons: synapse.neurons.map((neuron) => ({
      name: neuron.name,
      parameters: neuron.parameters === null ? null : (asJson(neuron.parameters) as JsonObject),
    })),
  };
}

/** The dialog brain and its order matcher, kept until the running brain changes (its `revision`). */
interface CompiledBrain {
  readonly revision: number;
  readonly synapses: readonly KalliopeSynapse[];
  readonly matchOrder: MatchOrder;
}

const compiledBrains = new WeakMap<RunningBrain, CompiledBrain>();

/**
 * The same `synapses` array and `matchOrder` for every request while the brain is unchanged, so the order matcher
 * compiles the brain (parses and indexes its order signals) once per brain load or change, not per request.
 */
function compiledBrain(brain: RunningBrain): CompiledBrain {
  const cached = compiledBrains.get(brain);
  if (cached !== undefined && cached.revision === brain.revision) return cached;
  const compiled: CompiledBrain = {
    revision: brain.revision,
    synapses: brain.synapses().map(toDialogSynapse),
    matchOrder: createNluMatchOrder({ mode: brain.settings.matchingMode, correctionFiles: brain.brain.correctionFiles }),
  };
  compiledBrains.set(brain, compiled);
  return compiled;
}

/** The context of one `stepKalliope` call for the running brain and settings. */
export function dialogContext(brain: RunningBrain, random: () => number): KalliopeStepContext {
  const { settings } = brain;
  const { synapses, matchOrder } = compiledBrain(brain);
  const orderNotFoundSynapses =
    settings.defaultSynapse !== null ? [settings.defaultSynapse] : (settings.hooks['on_order_not_found'] ?? []);
  return {
    now: Date.now(),
    random,
    brain: synapses,
    matchOrder,
    settings: { variables: asJson(settings.variables) as JsonObject, orderNotFoundSynapses },
    templateFiles: brain.brain.templateFiles,
  };
}
