import { access } from 'node:fs/promises';
import { EngineMissingError } from './errors.js';
import { EN_US_MODEL } from './engines.js';
import { buildJsgfGrammar, type JsgfGrammar } from './jsgf-grammar.js';
import { longestSilence, spokenText } from './pocketsphinx-output.js';
import { PronouncingDictionary } from './pronouncing-dictionary.js';
import { decodeSpeechAudio } from './speech-audio.js';
import type { SpeechToText, Transcript } from './speech-interfaces.js';
import { WarmDecoder } from './warm-decoder.js';
import { GRAMMAR_SEARCH, LANGUAGE_MODEL_SEARCH, MAX_SILENCE_SECONDS, PAD_SECONDS, type SpeechModel } from './decoder-settings.js';

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
   * decoder had to swallow speech that is not in the grammar. Default 0.3 s.
   */
  readonly maxSilenceSeconds?: number;
  /** Model files (default: the Debian pocketsphinx-en-us paths). */
  readonly model?: SpeechModel;
  /** An utterance not decoded within this many milliseconds restarts the decoder (default 30 s). */
  readonly timeoutMs?: number;
}

/**
 * Offline speech-to-text with the Debian pocketsphinx: a JSGF grammar of the known phrases first, with rejection of
 * out-of-grammar speech, then (optionally) the open language model for phrases with free parameters. Each search
 * is a warm `pocketsphinx_batch` process (WarmDecoder) started on first use and kept until `close()`.
 */
export class PocketsphinxRecognizer implements SpeechToText {
  private readonly grammarDecoder: WarmDecoder | undefined;
  private readonly languageModelDecoder: WarmDecoder | undefined;

  private constructor(
    readonly grammar: JsgfGrammar,
    private readonly maxSilenceSeconds: number,
    model: SpeechModel,
    grammarWords: string,
    languageModelFallback: boolean,
    timeoutMs: number | undefined,
  ) {
    if (grammar.jsgf !== null) {
      this.grammarDecoder = new WarmDecoder({
        args: ['-hmm', model.acousticModel, '-dict', '{dir}/words.dict', ...GRAMMAR_SEARCH, '-jsgf', '{dir}/phrases.jsgf'],
        files: { 'phrases.jsgf': grammar.jsgf, 'words.dict': grammarWords },
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
    }
    if (languageModelFallback) {
      this.languageModelDecoder = new WarmDecoder({
        args: ['-hmm', model.acousticModel, '-dict', model.dictionary, ...LANGUAGE_MODEL_SEARCH, '-lm', model.languageModel],
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
    }
  }

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
      options.maxSilenceSeconds ?? MAX_SILENCE_SECONDS,
      model,
      dictionary.subset(grammar.phrases.flatMap((phrase) => phrase.split(' '))),
      options.languageModelFallback ?? grammar.freePhrases.length > 0,
      options.timeoutMs,
    );
  }

  /** The decoder processes started so far (1 per search after warm-up; more means a decoder was restarted). */
  get decoderStarts(): number {
    return (this.grammarDecoder?.starts ?? 0) + (this.languageModelDecoder?.starts ?? 0);
  }

  /** The process ids of the running decoders. */
  get decoderPids(): number[] {
    return [this.grammarDecoder?.pid, this.languageModelDecoder?.pid].filter((pid) => pid !== undefined);
  }

  async transcribe(audio: Buffer): Promise<Transcript> {
    const pcm = await decodeSpeechAudio(audio, { padSeconds: PAD_SECONDS });
    if (this.grammarDecoder !== undefined) {
      const segments = await this.grammarDecoder.decode(pcm);
      const text = spokenText(segments);
      if (text !== '' && longestSilence(segments) <= this.maxSilenceSeconds) return { text, source: 'grammar' };
    }
    if (this.languageModelDecoder !== undefined) {
      const text = spokenText(await this.languageModelDecoder.decode(pcm));
      if (text !== '') return { text, source: 'language-model' };
    }
    return { text: '', source: 'rejected' };
  }

  /** Starts the decoders (loading the models) before the first utterance, by decoding a short silence. */
  async warmUp(): Promise<void> {
    const silence = Buffer.alloc(16_000);
    await Promise.all([this.grammarDecoder?.decode(silence), this.languageModelDecoder?.decode(silence)]);
  }

  /** Stops the decoder processes; the recogniser cannot be used afterwards. */
  async close(): Promise<void> {
    await Promise.all([this.grammarDecoder?.close(), this.languageModelDecoder?.close()]);
  }
}
