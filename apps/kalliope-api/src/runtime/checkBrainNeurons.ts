import { ConfigError } from '../brain/configError.js';
import type { Brain, Synapse } from '../brain/synapse.js';
import type { Neuron } from '../neurons/neuron.js';
import { DIALOG_NEURONS } from '../neurons/neuronRegistry.js';

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

/** A neuron of the brain that no module provides, and where it is written. */
interface UnknownNeuron {
  readonly synapse: string;
  readonly neuron: string;
  /** `file:line` (or the file alone); empty for a synapse added through the API. */
  readonly place: string;
}

/** Every neuron of the synapses that is neither a module nor one the dialogue runner handles, in brain order. */
export function findUnknownNeurons(synapses: readonly Synapse[], known: ReadonlyMap<string, Neuron>): UnknownNeuron[] {
  return synapses.flatMap((synapse) =>
    synapse.neurons
      .filter((neuron) => !known.has(neuron.name) && !(DIALOG_NEURONS as readonly string[]).includes(neuron.name))
      .map((neuron) => ({
        synapse: synapse.name,
        neuron: neuron.name,
        place: synapse.file === undefined ? '' : `${synapse.file}${neuron.line === undefined ? '' : `:${String(neuron.line)}`}`,
      })),
  );
}

/** One line per unknown neuron: `<file>:<line>: synapse "<name>": unknown neuron "<neuron>"`. */
export function describeUnknownNeurons(unknown: readonly UnknownNeuron[]): string[] {
  return unknown.map(({ synapse, neuron, place }) => `${place === '' ? '' : `${place}: `}synapse "${synapse}": unknown neuron "${neuron}"`);
}

/**
 * The brain with every synapse that uses an unknown neuron disabled (settings `parley.unknown_neurons: disable`): it
 * is listed and can be enabled by the `brain` neuron, but no order starts it.
 */
export function disableSynapsesOf(brain: Brain, unknown: readonly UnknownNeuron[]): Brain {
  const names = new Set(unknown.map((entry) => entry.synapse));
  if (names.size === 0) return brain;
  return { ...brain, synapses: brain.synapses.map((synapse) => (names.has(synapse.name) ? { ...synapse, enabled: false } : synapse)) };
}

/**
 * Every neuron of the brain must be a known module (Kalliope fails at load; here every unknown neuron is named at
 * once, with its file and line) unless `allowUnknown` (the caller then disables their synapses), and a neuron that
 * must not see request input (script, shell, ansible_playbook) may not have templated parameters.
 */
export function checkBrainNeurons(brain: Brain, known: ReadonlyMap<string, Neuron>, allowUnknown = false): void {
  const unknown = findUnknownNeurons(brain.synapses, known);
  if (unknown.length > 0 && !allowUnknown) {
    const lines = describeUnknownNeurons(unknown);
    throw new ConfigError(
      brain.file,
      `${lines.length === 1 ? 'an unknown neuron' : `${String(lines.length)} unknown neurons`} (provide them as plugins, ` +
        'parley.neuron_plugins, or start with their synapses disabled, parley.unknown_neurons: disable):\n  ' +
        lines.join('\n  '),
    );
  }
  for (const synapse of brain.synapses) {
    for (const neuron of synapse.neurons) {
      if (known.get(neuron.name)?.trustedParametersOnly === true && rendersTemplate(neuron.parameters ?? {})) {
        const file = synapse.file ?? brain.file;
        throw new ConfigError(
          neuron.line === undefined ? file : `${file}:${String(neuron.line)}`,
          `neuron "${neuron.name}" may not use {{ templates }}: nothing from a request may reach a command`,
          synapse.name,
        );
      }
    }
  }
}
