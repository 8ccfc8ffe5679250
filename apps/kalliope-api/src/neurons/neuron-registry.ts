import { brainNeuron } from './brain-neuron.js';
import { debugNeuron } from './debug-neuron.js';
import { kalliopeVersionNeuron } from './kalliope-version-neuron.js';
import { killSwitchNeuron } from './kill-switch-neuron.js';
import { mqttPublisherNeuron } from './mqtt-publisher-neuron.js';
import type { Neuron } from './neuron.js';
import { neurotimerNeuron } from './neurotimer-neuron.js';
import { scriptNeurons } from './script-neurons.js';
import { settingsNeuron } from './settings-neuron.js';
import { sleepNeuron } from './sleep-neuron.js';
import { systemdateNeuron } from './systemdate-neuron.js';
import { uriNeuron } from './uri-neuron.js';

/** Neurons the dialogue runner carries out itself (they steer the dialogue or produce the spoken text). */
export const DIALOG_NEURONS = ['say', 'neurotransmitter'] as const;

export interface NeuronRegistryOptions {
  /** Register `script` and `shell` (settings `parley.script_neurons`). */
  readonly scriptNeurons?: boolean;
  /** Plugin neurons; a plugin with a core neuron's name replaces it. */
  readonly plugins?: readonly Neuron[];
  readonly clock?: () => Date;
  /** What the uri neuron may call (`KALLIOPE_URI_ALLOWED`, neurons/uri-targets.ts); nothing by default. */
  readonly uriTargets?: readonly string[];
}

/** The neurons a brain may use, by name. */
export function createNeuronRegistry(options: NeuronRegistryOptions = {}): ReadonlyMap<string, Neuron> {
  const core: Neuron[] = [
    systemdateNeuron(options.clock),
    sleepNeuron,
    uriNeuron(options.uriTargets ?? []),
    settingsNeuron,
    brainNeuron,
    kalliopeVersionNeuron,
    debugNeuron,
    neurotimerNeuron,
    mqttPublisherNeuron,
    killSwitchNeuron,
    ...(options.scriptNeurons === true ? scriptNeurons : []),
  ];
  return new Map([...core, ...(options.plugins ?? [])].map((neuron) => [neuron.name, neuron]));
}
