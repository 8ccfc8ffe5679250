import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SynthesisOptions, TextToSpeech } from './speechInterfaces.js';

/** Where a cached rendering lives: `<cacheDir>/<voice>/<speed>/<md5(text)>.wav` (Kalliope keys its cache the same way). */
export function cachePath(cacheDir: string, text: string, options: SynthesisOptions = {}): string {
  const hash = createHash('md5').update(text, 'utf8').digest('hex');
  return join(cacheDir, options.voice ?? 'default', String(options.speed ?? 'default'), `${hash}.wav`);
}

/** A TextToSpeech that renders each (text, voice, speed) once and then reads the WAV back from disk. */
export class CachingSynthesizer implements TextToSpeech {
  constructor(
    private readonly inner: TextToSpeech,
    private readonly cacheDir: string,
  ) {}

  async synthesize(text: string, options: SynthesisOptions = {}): Promise<Buffer> {
    const path = cachePath(this.cacheDir, text, options);
    try {
      return await readFile(path);
    } catch {
      const wav = await this.inner.synthesize(text, options);
      await mkdir(join(path, '..'), { recursive: true });
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, wav);
      await rename(partial, path);
      return wav;
    }
  }
}
