import type { JsonObject, JsonValue } from '../../core/json.js';
import type { KalliopeSynapse } from '../brain.js';
import type { Synapse } from '../brainYaml/loadedBrain.js';
import { createNluMatchOrder, type NluMatchOrderOptions } from '../nluMatchOrder.js';
import type { MatchOrder } from '../ports.js';

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

/** A loaded brain as the reducer reads it, and its order matcher. */
export interface CompiledDialogBrain {
  readonly synapses: readonly KalliopeSynapse[];
  readonly matchOrder: MatchOrder;
}

/**
 * Prepares loaded synapses for `stepKalliope`: their dialog form and an order matcher that parses and indexes their
 * order signals once. Compile again only when the synapses change.
 */
export function compileDialogBrain(synapses: readonly Synapse[], options: NluMatchOrderOptions = {}): CompiledDialogBrain {
  return { synapses: synapses.map(toDialogSynapse), matchOrder: createNluMatchOrder(options) };
}
