import { createNluMatchOrder, type JsonObject, type JsonValue, type KalliopeStepContext, type KalliopeSynapse } from '@parley/dialog-engine';
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

/** The context of one `stepKalliope` call for the running brain and settings. */
export function dialogContext(brain: RunningBrain, random: () => number): KalliopeStepContext {
  const { settings } = brain;
  const orderNotFoundSynapses =
    settings.defaultSynapse !== null ? [settings.defaultSynapse] : (settings.hooks['on_order_not_found'] ?? []);
  return {
    now: Date.now(),
    random,
    brain: brain.synapses().map(toDialogSynapse),
    matchOrder: createNluMatchOrder({ mode: settings.matchingMode, correctionFiles: brain.brain.correctionFiles }),
    settings: { variables: asJson(settings.variables) as JsonObject, orderNotFoundSynapses },
    templateFiles: brain.brain.templateFiles,
  };
}
