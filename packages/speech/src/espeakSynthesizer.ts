import { ENGINES } from './engines.js';
import { runEngine } from './runEngine.js';
import type { SynthesisOptions, TextToSpeech } from './speechInterfaces.js';
import { withExactWavSizes } from './wavHeader.js';

export interface EspeakOptions {
  /** espeak-ng voice name (default `en-us`). */
  readonly voice?: string;
  /** Words per minute (default 160, as Kalliope's espeak TTS). */
  readonly speed?: number;
}

/** Text-to-speech with the Debian `espeak-ng` binary; the text goes through standard input, never the command line. */
export class EspeakSynthesizer implements TextToSpeech {
  constructor(private readonly defaults: EspeakOptions = {}) {}

  async synthesize(text: string, options: SynthesisOptions = {}): Promise<Buffer> {
    const voice = options.voice ?? this.defaults.voice ?? 'en-us';
    const speed = options.speed ?? this.defaults.speed ?? 160;
    const { stdout } = await runEngine(
      ENGINES.espeakNg,
      ['-v', voice, '-s', String(Math.round(speed)), '--stdout', '--stdin'],
      { input: text },
    );
    return withExactWavSizes(stdout);
  }
}
