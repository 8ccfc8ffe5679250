import { AudioPlayer, type PlayerCommand } from '@parley/speech';
import { readFile } from 'node:fs/promises';
import { findKitFile, kitPlacesOf, type KitPaths } from '../brain/kitPaths.js';
import { NeuronParameterError, type Neuron } from './neuron.js';

/** Plays WAV bytes (settings `parley.player`). */
type PlaySound = (wav: Buffer, player: PlayerCommand) => Promise<void>;

const playWithPlayer: PlaySound = (wav, player) => new AudioPlayer(player).play(wav);

/**
 * Kalliope 0.7's `play: {filename}`: plays a sound file (a list: one picked at random) through the settings'
 * player (`parley.player`). Paths are looked up like the brain's (kit root, then system folder). Its parameters may
 * not come from an order (the file name would be a path chosen by the request). No returned values.
 */
export function playNeuron(kit: KitPaths, random: () => number = Math.random, play: PlaySound = playWithPlayer): Neuron {
  return {
    name: 'play',
    trustedParametersOnly: true,
    async run(parameters, context) {
      const raw = parameters['filename'];
      const names = (Array.isArray(raw) ? raw : [raw]).filter((name): name is string => typeof name === 'string' && name !== '');
      if (names.length === 0) throw new NeuronParameterError('play', '"filename" must be a file name or a list of them');
      const name = names[Math.min(names.length - 1, Math.floor(random() * names.length))] ?? '';
      const file = findKitFile(name, kit);
      if (file === undefined) throw new NeuronParameterError('play', `cannot find "${name}" (neither ${kitPlacesOf(name, kit)} exists)`);
      const player = context.settings.player;
      if (player === null) throw new NeuronParameterError('play', 'no player is configured (settings parley.player)');
      await play(await readFile(file), player);
      return {};
    },
  };
}
