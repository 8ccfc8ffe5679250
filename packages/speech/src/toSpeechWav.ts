import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENGINES } from './engines.js';
import { runEngine } from './runEngine.js';
import { withTempDir } from './tempDir.js';

/**
 * Leading and trailing silence is cut (so that a long silence inside a grammar alignment means unexplained speech,
 * see PocketsphinxRecognizer), then 0.2 s of silence is put back on both sides for the decoder's voice detection.
 */
const TRIM_AND_PAD =
  'silenceremove=start_periods=1:start_threshold=-45dB,areverse,' +
  'silenceremove=start_periods=1:start_threshold=-45dB,areverse,' +
  'adelay=200:all=1,apad=pad_dur=0.2';

/** Converts audio in any format ffmpeg reads (WAV, MP3, OGG, FLAC…) into 16 kHz mono 16-bit WAV bytes. */
export async function toSpeechWav(audio: Buffer, options: { trimSilence?: boolean } = {}): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const input = join(dir, 'input');
    const output = join(dir, 'speech.wav');
    await writeFile(input, audio);
    const filters = options.trimSilence === false ? [] : ['-af', TRIM_AND_PAD];
    await runEngine(ENGINES.ffmpeg, [
      '-nostdin',
      '-loglevel',
      'error',
      '-y',
      '-i',
      input,
      ...filters,
      '-ar',
      '16000',
      '-ac',
      '1',
      '-c:a',
      'pcm_s16le',
      output,
    ]);
    return readFile(output);
  });
}
