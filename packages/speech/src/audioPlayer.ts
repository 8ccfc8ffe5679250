import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runEngine } from './runEngine.js';
import { withTempDir } from './tempDir.js';

/** A player program, e.g. `{ command: 'aplay', args: ['-q', '{file}'], debianPackage: 'alsa-utils' }`. */
export interface PlayerCommand {
  readonly command: string;
  /** Arguments; the element `{file}` is replaced by the WAV path (appended when absent). */
  readonly args?: readonly string[];
  readonly debianPackage?: string;
}

/** Plays WAV bytes through a configured player program (argument array, no shell). */
export class AudioPlayer {
  constructor(private readonly player: PlayerCommand) {}

  async play(wav: Buffer): Promise<void> {
    await withTempDir(async (dir) => {
      const file = join(dir, 'speech.wav');
      await writeFile(file, wav);
      const args = this.player.args ?? [];
      const withFile = args.includes('{file}') ? args.map((arg) => (arg === '{file}' ? file : arg)) : [...args, file];
      await runEngine(
        { command: this.player.command, debianPackage: this.player.debianPackage ?? this.player.command },
        withFile,
      );
    });
  }
}
