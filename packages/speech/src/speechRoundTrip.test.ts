import { afterEach, describe, expect, it } from 'vitest';
import { EspeakSynthesizer } from './espeakSynthesizer.js';
import { PocketsphinxRecognizer } from './pocketsphinxRecognizer.js';
import { runEngine } from './runEngine.js';
import { ENGINES } from './engines.js';

const orders = ['say hello', 'ask me a question', 'what time is it', 'not at all', 'turn on the light in the kitchen'];
const speaker = new EspeakSynthesizer();
const open: PocketsphinxRecognizer[] = [];

async function openRecognizer(options: Parameters<typeof PocketsphinxRecognizer.create>[0]): Promise<PocketsphinxRecognizer> {
  const created = await PocketsphinxRecognizer.create(options);
  open.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((each) => each.close()));
});

async function toMp3(wav: Buffer): Promise<Buffer> {
  const { stdout } = await runEngine(ENGINES.ffmpeg, ['-loglevel', 'error', '-i', 'pipe:0', '-f', 'mp3', 'pipe:1'], {
    input: wav,
  });
  return stdout;
}

describe('espeak-ng speaks, pocketsphinx recognises', () => {
  it('writes a WAV with exact sizes', async () => {
    const wav = await speaker.synthesize('hello');
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
  });

  it('recognises every known order through the grammar', async () => {
    const recognizer = await openRecognizer({ phrases: orders });
    for (const order of orders) {
      const transcript = await recognizer.transcribe(await speaker.synthesize(order));
      expect(transcript).toEqual({ text: order, source: 'grammar' });
    }
  });

  it('recognises MP3 input', async () => {
    const recognizer = await openRecognizer({ phrases: orders });
    const mp3 = await toMp3(await speaker.synthesize('ask me a question'));
    expect((await recognizer.transcribe(mp3)).text).toBe('ask me a question');
  });

  it('rejects speech that is not in the grammar', async () => {
    const recognizer = await openRecognizer({ phrases: orders, languageModelFallback: false });
    for (const other of ['banana pancake tomorrow', 'good morning', 'please open the garage door']) {
      expect(await recognizer.transcribe(await speaker.synthesize(other))).toEqual({ text: '', source: 'rejected' });
    }
  });

  it('falls back to the open language model when phrases have free parameters', async () => {
    const recognizer = await openRecognizer({ phrases: ['say hello', 'search for {{ query }}'] });
    const transcript = await recognizer.transcribe(await speaker.synthesize('banana pancake tomorrow'));
    expect(transcript.source).toBe('language-model');
    expect(transcript.text).not.toBe('');
  });
});
