import { kitPathsOf, type KitPaths } from '../brain/kit-paths.js';
import { ansiblePlaybookNeuron } from './ansible-playbook-neuron.js';
import { brainNeuron } from './brain-neuron.js';
import { debugNeuron } from './debug-neuron.js';
import { kalliopeVersionNeuron } from './kalliope-version-neuron.js';
import { killSwitchNeuron } from './kill-switch-neuron.js';
import { mqttPublisherNeuron } from './mqtt-publisher-neuron.js';
import type { Neuron } from './neuron.js';
import { neurotimerNeuron } from './neurotimer-neuron.js';
import { playNeuron } from './play-neuron.js';
import { scriptNeurons } from './script-neurons.js';
import { settingsNeuron } from './settings-neuron.js';
import { sleepNeuron } from './sleep-neuron.js';
import { systemdateNeuron } from './systemdate-neuron.js';
import { uriNeuron } from './uri-neuron.js';
import { volumeNeuron, type Mixer } from './volume-neuron.js';

/** Neurons the dialogue runner carries out itself (they steer the dialogue or produce the spoken text). */
export const DIALOG_NEURONS = ['say', 'neurotransmitter'] as const;

export interface NeuronRegistryOptions {
  /** Register `script`, `shell` and `ansible_playbook` (settings `parley.script_neurons`). */
  readonly scriptNeurons?: boolean;
  /** Plugin neurons; a plugin with a core neuron's name replaces it. */
  readonly plugins?: readonly Neuron[];
  readonly clock?: () => Date;
  /** What the uri neuron may call (`KALLIOPE_URI_ALLOWED`, neurons/uri-targets.ts); nothing by default. */
  readonly uriTargets?: readonly string[];
  /** Where `play` and `ansible_playbook` look files up (brain/kit-paths.ts); default the working directory. */
  readonly kit?: KitPaths;
  /** The output volume the `volume` neuron changes; ALSA's amixer by default. */
  readonly mixer?: Mixer;
  readonly random?: () => number;
}

/** The neurons a brain may use, by name. */
export function createNeuronRegistry(options: NeuronRegistryOptions = {}): ReadonlyMap<string, Neuron> {
  const kit = options.kit ?? kitPathsOf(process.cwd());
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
    playNeuron(kit, options.random),
    volumeNeuron(options.mixer),
    ...(options.scriptNeurons === true ? [...scriptNeurons, ansiblePlaybookNeuron(kit)] : []),
  ];
  return new Map([...core, ...(options.plugins ?? [])].map((neuron) => [neuron.name, neuron]));
}
