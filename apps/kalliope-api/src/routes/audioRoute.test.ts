import { EspeakSynthesizer, ENGINES, runEngine } from '@parley/speech';
import type { FastifyInstance } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadBrain } from '../brain/loadBrain.js';
import { debianSpeechEngines } from '../runtime/speechService.js';
import { DEFAULT_SETTINGS } from '../settings/settings.js';
import { KalliopeStore } from '../db/kalliopeStore.js';
import { openForTests, openTestDatabase } from '../testing/kalliopeTestApp.js';

// The audio round trip on a real socket: espeak-ng speaks orders of the demo brain, they are uploaded as WAV and
// MP3, pocketsphinx recognises them with the brain's grammar, and the right synapses run.

const demoBrain = fileURLToPath(new URL('../../demo/brain.yml', import.meta.url));
const speaker = new EspeakSynthesizer();

let app: FastifyInstance;
let baseUrl = '';
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const cacheDir = await mkdtemp(join(tmpdir(), 'kalliope-audio-'));
  const { database, drop } = await openTestDatabase();
  app = await buildApp({
    brain: loadBrain(demoBrain),
    settings: openForTests(DEFAULT_SETTINGS),
    store: new KalliopeStore(database),
    speech: debianSpeechEngines(cacheDir),
  });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  cleanup = async () => {
    await app.close();
    await database.close();
    await drop();
    await rm(cacheDir, { recursive: true, force: true });
  };
});
afterAll(async () => cleanup());

async function toMp3(wav: Buffer): Promise<Buffer> {
  const { stdout } = await runEngine(ENGINES.ffmpeg, ['-loglevel', 'error', '-i', 'pipe:0', '-f', 'mp3', 'pipe:1'], { input: wav });
  return stdout;
}

async function upload(audio: Buffer | undefined, filename: string, fields: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  if (audio !== undefined) form.append('file', new Blob([new Uint8Array(audio)]), filename);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return fetch(`${baseUrl}/synapses/start/audio`, { method: 'POST', body: form });
}

describe('POST /synapses/start/audio', () => {
  it('runs the synapse of a spoken WAV order, then takes a spoken MP3 answer', async () => {
    const question = await upload(await speaker.synthesize('ask me a question'), 'input.wav', { no_voice: 'true' });
    expect(question.status).toBe(201);
    expect(await question.json()).toEqual({
      user_order: 'ask me a question',
      matched_synapses: [
        {
          synapse_name: 'synapse1',
          matched_order: 'ask me a question',
          neuron_module_list: [{ neuron_name: 'Say', generated_message: 'do you like french fries?' }],
        },
      ],
      status: 'waiting_for_answer',
    });
    const answer = await upload(await toMp3(await speaker.synthesize('not at all')), 'answer.mp3', { mute: 'true' });
    expect(answer.status).toBe(201);
    const body = (await answer.json()) as { matched_synapses: { synapse_name: string; matched_order: string | null }[]; status: string };
    expect(body.status).toBe('complete');
    expect(body.matched_synapses.map((synapse) => [synapse.synapse_name, synapse.matched_order])).toEqual([
      ['synapse1', 'ask me a question'],
      ['synapse3', 'not at all'],
    ]);
  });

  it('recognises an MP3 order', async () => {
    const response = await upload(await toMp3(await speaker.synthesize('say hello')), 'hello.mp3');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ user_order: 'say hello', matched_synapses: [{ synapse_name: 'say-hello' }] });
  });

  it('answers 400 when no synapse matches the speech and there is no fallback', async () => {
    const response = await upload(await speaker.synthesize('banana pancake tomorrow'), 'other.wav');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { error: "The given order doesn't match any synapses" } });
  });

  it('answers 400 without a file, with an empty file name or with unreadable audio', async () => {
    const none = await upload(undefined, '', { no_voice: 'true' });
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({ error: { error: 'No file provided' } });
    const boundary = 'parley-boundary';
    const unnamed = await fetch(`${baseUrl}/synapses/start/audio`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=""\r\nContent-Type: audio/wav\r\n\r\nRIFF\r\n--${boundary}--\r\n`,
    });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.json()).toEqual({ error: { error: 'No file provided' } });
    const garbage = await upload(Buffer.from('this is not audio at all'), 'fake.wav');
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toEqual({ error: { error: 'The given file is not a readable audio file' } });
  });
});
