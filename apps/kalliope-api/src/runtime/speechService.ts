import { AudioPlayer, CachingSynthesizer, EspeakSynthesizer, PocketsphinxRecognizer, type SpeechToText, type TextToSpeech, type Transcript } from '@parley/speech';
import type { RunningBrain } from './runningBrain.js';

/** How the server listens and speaks; tests and other deployments may replace either side. */
export interface SpeechEngines {
  /** Builds the recogniser for the current brain's phrases. */
  readonly createRecognizer: (phrases: readonly string[]) => Promise<SpeechToText>;
  readonly synthesizer: TextToSpeech;
}

/** The default engines: pocketsphinx with the brain's grammar, espeak-ng (cached under `cacheDir` unless null). */
export function debianSpeechEngines(cacheDir: string | null): SpeechEngines {
  const espeak = new EspeakSynthesizer();
  return {
    createRecognizer: (phrases) => PocketsphinxRecognizer.create({ phrases }),
    synthesizer: cacheDir === null ? espeak : new CachingSynthesizer(espeak, cacheDir),
  };
}

interface BrainRecognizer {
  readonly version: number;
  readonly engine: Promise<SpeechToText>;
  /** Transcriptions still running on it. */
  users: number;
  /** The brain changed: close it once its last transcription is done. */
  retired: boolean;
}

/**
 * Speech for the running brain: a recogniser (a warm decoder) for the brain's phrases, replaced when the brain
 * changes — the old one is closed once its running transcriptions finish — and TTS with the settings' voice.
 */
export class SpeechService {
  private recognizer: BrainRecognizer | undefined;

  constructor(
    private readonly engines: SpeechEngines,
    private readonly brain: RunningBrain,
  ) {}

  async transcribe(audio: Buffer): Promise<Transcript> {
    const recognizer = this.current();
    recognizer.users++;
    try {
      return await (await recognizer.engine).transcribe(audio);
    } finally {
      recognizer.users--;
      if (recognizer.retired && recognizer.users === 0) await closeRecognizer(recognizer);
    }
  }

  /** Closes the recogniser (its decoder processes). */
  async close(): Promise<void> {
    const recognizer = this.recognizer;
    this.recognizer = undefined;
    if (recognizer !== undefined) await closeRecognizer(recognizer);
  }

  private current(): BrainRecognizer {
    if (this.recognizer?.version === this.brain.version) return this.recognizer;
    const previous = this.recognizer;
    const engine = this.engines.createRecognizer(this.brain.phrases());
    const recognizer: BrainRecognizer = { version: this.brain.version, engine, users: 0, retired: false };
    this.recognizer = recognizer;
    engine.catch(() => {
      if (this.recognizer === recognizer) this.recognizer = undefined;
    });
    if (previous !== undefined) {
      previous.retired = true;
      if (previous.users === 0) void closeRecognizer(previous);
    }
    return recognizer;
  }

  /** Renders the text (cached) and plays it when the settings name a player. */
  async speak(text: string): Promise<void> {
    const { tts, player } = this.brain.settings;
    const wav = await this.engines.synthesizer.synthesize(text, { voice: tts.voice, speed: tts.speed });
    if (player !== null) await new AudioPlayer(player).play(wav);
  }
}

async function closeRecognizer(recognizer: BrainRecognizer): Promise<void> {
  const engine = await recognizer.engine.catch(() => undefined);
  await engine?.close?.();
}
