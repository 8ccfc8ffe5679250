import { AudioPlayer, CachingSynthesizer, EspeakSynthesizer, PocketsphinxRecognizer, type SpeechToText, type TextToSpeech, type Transcript } from '@parley/speech';
import type { RunningBrain } from './running-brain.js';

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

/** Speech for the running brain: a recogniser rebuilt when the brain changes, TTS with the settings' voice. */
export class SpeechService {
  private recognizer: { version: number; engine: Promise<SpeechToText> } | undefined;

  constructor(
    private readonly engines: SpeechEngines,
    private readonly brain: RunningBrain,
  ) {}

  async transcribe(audio: Buffer): Promise<Transcript> {
    if (this.recognizer?.version !== this.brain.version) {
      const engine = this.engines.createRecognizer(this.brain.phrases());
      this.recognizer = { version: this.brain.version, engine };
      engine.catch(() => {
        this.recognizer = undefined;
      });
    }
    return (await this.recognizer.engine).transcribe(audio);
  }

  /** Renders the text (cached) and plays it when the settings name a player. */
  async speak(text: string): Promise<void> {
    const { tts, player } = this.brain.settings;
    const wav = await this.engines.synthesizer.synthesize(text, { voice: tts.voice, speed: tts.speed });
    if (player !== null) await new AudioPlayer(player).play(wav);
  }
}
