import { runCommand } from './runCommand.js';
import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';

/** The system's output volume, 0 to 100. */
export interface Mixer {
  get(): Promise<number>;
  set(level: number): Promise<void>;
}

/** ALSA's `Master` control through `amixer -M` (alsa-utils), percentages on the mapped (perceived) scale; no shell. */
const amixerMixer: Mixer = {
  async get() {
    const { output, returncode } = await runCommand('amixer', ['-M', 'sget', 'Master'], 5000);
    const level = /\[(\d+)%\]/.exec(output)?.[1];
    if (returncode !== 0 || level === undefined) throw new Error('amixer cannot read the Master volume (package alsa-utils)');
    return Number(level);
  },
  async set(level) {
    const { returncode } = await runCommand('amixer', ['-M', 'sset', 'Master', `${String(level)}%`], 5000);
    if (returncode !== 0) throw new Error('amixer cannot set the Master volume (package alsa-utils)');
  },
};

const ACTIONS = ['set', 'raise', 'lower'] as const;

/**
 * Kalliope 0.7's `volume: {level, action: set | raise | lower}`: sets the output volume to `level` or moves it by
 * `level` (kept within 0–100); returns `asked_level`, `asked_action` and `current_level` (the level after the change).
 */
export function volumeNeuron(mixer: Mixer = amixerMixer): Neuron {
  return {
    name: 'volume',
    async run(parameters) {
      const read = new NeuronParameters('volume', parameters);
      const level = read.number('level');
      if (level === undefined || !Number.isInteger(level)) throw new NeuronParameterError('volume', '"level" must be a whole number');
      const action = read.string('action') ?? 'set';
      if (!(ACTIONS as readonly string[]).includes(action)) throw new NeuronParameterError('volume', `"action" must be one of ${ACTIONS.join(', ')}`);
      const target = action === 'set' ? level : (await mixer.get()) + (action === 'raise' ? level : -level);
      await mixer.set(Math.min(100, Math.max(0, target)));
      return { asked_level: level, asked_action: action, current_level: await mixer.get() };
    },
  };
}
