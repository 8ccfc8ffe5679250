import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AudioPlayer } from './audioPlayer.js';
import { CachingSynthesizer, cachePath } from './cachingSynthesizer.js';
import type { TextToSpeech } from './speechInterfaces.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speech-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CachingSynthesizer', () => {
  it('renders a text once and then reads it from the cache', async () => {
    const rendered: string[] = [];
    const inner: TextToSpeech = {
      synthesize: (text) => {
        rendered.push(text);
        return Promise.resolve(Buffer.from(`wav:${text}`));
      },
    };
    const cache = new CachingSynthesizer(inner, dir);
    expect((await cache.synthesize('hello')).toString()).toBe('wav:hello');
    expect((await cache.synthesize('hello')).toString()).toBe('wav:hello');
    await cache.synthesize('bye', { voice: 'en-gb' });
    expect(rendered).toEqual(['hello', 'bye']);
    expect((await readFile(cachePath(dir, 'bye', { voice: 'en-gb' }))).toString()).toBe('wav:bye');
    expect(cachePath(dir, 'hello')).toBe(join(dir, 'default', 'default', '5d41402abc4b2a76b9719d911017c592.wav'));
  });
});

describe('AudioPlayer', () => {
  it('runs the player with the WAV file in place of {file}', async () => {
    const copy = join(dir, 'played.wav');
    await new AudioPlayer({ command: 'cp', args: ['{file}', copy] }).play(Buffer.from('RIFF'));
    expect((await readFile(copy)).toString()).toBe('RIFF');
  });
});
