import { ConfigError } from '../brain/config-error.js';
import type { Brain } from '../brain/synapse.js';
import type { Neuron } from '../neurons/neuron.js';
import { DIALOG_NEURONS } from '../neurons/neuron-registry.js';

/**
 * Parameters Kalliope never renders before a neuron runs (docs/protocols/kalliope.md §4: it tests whether the name is
 * a substring of one of these).
 */
const RAW_PARAMETERS = ['say_template', 'file_template', 'kalliope_memory', 'from_answer_link'];

function rendersTemplate(parameters: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(parameters).some(
    ([name, value]) => !RAW_PARAMETERS.some((raw) => raw.includes(name)) && JSON.stringify(value).includes('{{'),
  );
}

/**
 * Every neuron of the brain must be a known module (Kalliope fails at load with the missing module's name), and
 * a neuron that must not see request input (script, shell) may not have templated parameters.
 */
export function checkBrainNeurons(brain: Brain, known: ReadonlyMap<string, Neuron>): void {
  for (const synapse of brain.synapses) {
    for (const neuron of synapse.neurons) {
      const module = known.get(neuron.name);
      if (module === undefined && !(DIALOG_NEURONS as readonly string[]).includes(neuron.name)) {
        throw new ConfigError(brain.file, `unknown neuron "${neuron.name}"`, synapse.name);
      }
      if (module?.trustedParametersOnly === true && rendersTemplate(neuron.parameters ?? {})) {
        throw new ConfigError(
          brain.file,
          `neuron "${neuron.name}" may not use {{ templates }}: nothing from a request may reach a command`,
          synapse.name,
        );
      }
    }
  }
}
