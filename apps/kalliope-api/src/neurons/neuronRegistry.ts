import { kitPathsOf, type KitPaths } from '../brain/kitPaths.js';
import { ansiblePlaybookNeuron } from './ansiblePlaybookNeuron.js';
import { brainNeuron } from './brainNeuron.js';
import { debugNeuron } from './debugNeuron.js';
import { kalliopeVersionNeuron } from './kalliopeVersionNeuron.js';
import { killSwitchNeuron } from './killSwitchNeuron.js';
import { mqttPublisherNeuron } from './mqttPublisherNeuron.js';
import type { Neuron } from './neuron.js';
import { neurotimerNeuron } from './neurotimerNeuron.js';
import { playNeuron } from './playNeuron.js';
import { scriptNeurons } from './scriptNeurons.js';
import { settingsNeuron } from './settingsNeuron.js';
import { sleepNeuron } from './sleepNeuron.js';
import { systemdateNeuron } from './systemdateNeuron.js';
import { uriNeuron } from './uriNeuron.js';
import { volumeNeuron, type Mixer } from './volumeNeuron.js';

/** Neurons the dialogue runner carries out itself (they steer the dialogue or produce the spoken text). */
export const DIALOG_NEURONS = ['say', 'neurotransmitter'] as const;

interface NeuronRegistryOptions {
  /** Register `script`, `shell` and `ansible_playbook` (settings `parley.script_neurons`). */
  readonly scriptNeurons?: boolean;
  /** Plugin neurons; a plugin with a core neuron's name replaces it. */
  readonly plugins?: readonly Neuron[];
  readonly clock?: () => Date;
  /** What the uri neuron may call (`KALLIOPE_URI_ALLOWED`, neurons/uriTargets.ts); nothing by default. */
  readonly uriTargets?: readonly string[];
  /** Where `play` and `ansible_playbook` look files up (brain/kitPaths.ts); default the working directory. */
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
