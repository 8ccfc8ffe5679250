import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EngineMissingError } from './errors.js';
import { EN_US_MODEL, ENGINES } from './engines.js';
import { buildJsgfGrammar, type JsgfGrammar } from './jsgf-grammar.js';
import { longestSilence, parseAlignment, spokenText } from './pocketsphinx-output.js';
import { PronouncingDictionary } from './pronouncing-dictionary.js';
import { runEngine } from './run-engine.js';
import type { SpeechToText, Transcript } from './speech-interfaces.js';
import { withTempDir } from './temp-dir.js';
import { toSpeechWav } from './to-speech-wav.js';

export interface PocketsphinxOptions {
  /** The phrases to expect (orders, answers); `{{ placeholders }}` mark free text. */
  readonly phrases: Iterable<string>;
  /**
   * Decode with the open language model when the grammar rejects the speech. Default: only when some phrase has a
   * free parameter, since the grammar cannot describe those.
   */
  readonly languageModelFallback?: boolean;
  /**
   * A grammar alignment that needs a silence longer than this (seconds) to explain the audio is rejected: the
   * decoder had to swallow speech that is not in the grammar. Default 0.45 s.
   */
  readonly maxSilenceSeconds?: number;
  /** Model files (default: the Debian pocketsphinx-en-us paths). */
  readonly model?: { acousticModel: string; languageModel: string; dictionary: string };
}

/**
 * Offline speech-to-text with the Debian pocketsphinx: a JSGF grammar of the known phrases first, with rejection of
 * out-of-grammar speech, then (optionally) the open language model for phrases with free parameters.
 */
export class PocketsphinxRecognizer implements SpeechToText {
  private constructor(
    readonly grammar: JsgfGrammar,
    private readonly languageModelFallback: boolean,
    private readonly maxSilenceSeconds: number,
    private readonly model: { acousticModel: string; languageModel: string; dictionary: string },
  ) {}

  static async create(options: PocketsphinxOptions): Promise<PocketsphinxRecognizer> {
    const model = options.model ?? EN_US_MODEL;
    try {
      await access(model.dictionary);
    } catch {
      throw new EngineMissingError(model.dictionary, EN_US_MODEL.debianPackage);
    }
    const dictionary = await PronouncingDictionary.load(model.dictionary);
    const grammar = buildJsgfGrammar(options.phrases, dictionary);
    return new PocketsphinxRecognizer(
      grammar,
      options.languageModelFallback ?? grammar.freePhrases.length > 0,
      options.maxSilenceSeconds ?? 0.45,
      model,
    );
  }

  async transcribe(audio: Buffer): Promise<Transcript> {
    const wav = await toSpeechWav(audio);
    return withTempDir(async (dir) => {
      const wavPath = join(dir, 'speech.wav');
      await writeFile(wavPath, wav);
      if (this.grammar.jsgf !== null) {
        const grammarPath = join(dir, 'phrases.jsgf');
        await writeFile(grammarPath, this.grammar.jsgf);
        const segments = parseAlignment(await this.decode(wavPath, ['-jsgf', grammarPath]));
        const text = spokenText(segments);
        if (text !== '' && longestSilence(segments) <= this.maxSilenceSeconds) return { text, source: 'grammar' };
      }
      if (this.languageModelFallback) {
        const text = spokenText(parseAlignment(await this.decode(wavPath, ['-lm', this.model.languageModel])));
        if (text !== '') return { text, source: 'language-model' };
      }
      return { text: '', source: 'rejected' };
    });
  }

  private async decode(wavPath: string, search: readonly string[]): Promise<string> {
    const { stdout } = await runEngine(ENGINES.pocketsphinx, [
      '-infile',
      wavPath,
      '-hmm',
      this.model.acousticModel,
      '-dict',
      this.model.dictionary,
      ...search,
      // Wider beams than the defaults (1e-48, 1e-48, 7e-29): with a few dozen grammar alternatives the defaults
      // prune the right path of short phrases away ("Final result does not match the grammar").
      '-beam',
      '1e-80',
      '-pbeam',
      '1e-80',
      '-wbeam',
      '1e-60',
      '-time',
      'yes',
      '-logfn',
      '/dev/null',
    ]);
    return stdout.toString('utf8');
  }
}
