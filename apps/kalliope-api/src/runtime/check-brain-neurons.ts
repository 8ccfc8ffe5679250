import { ConfigError } from '../brain/config-error.js';
import type { Brain } from '../brain/synapse.js';
import { DIALOG_NEURONS } from '../neurons/neuron-registry.js';

/** Every neuron of the brain must be a known module (Kalliope fails at load with the missing module's name). */
export function checkBrainNeurons(brain: Brain, known: ReadonlySet<string>): void {
  for (const synapse of brain.synapses) {
    for (const neuron of synapse.neurons) {
      if (!known.has(neuron.name) && !(DIALOG_NEURONS as readonly string[]).includes(neuron.name)) {
        throw new ConfigError(brain.file, `unknown neuron "${neuron.name}"`, synapse.name);
      }
    }
  }
}
