import { access } from 'node:fs/promises';
import { EngineMissingError } from './errors.js';
import { EN_US_MODEL } from './engines.js';
import { espeakPronunciations } from './espeakPronunciations.js';
import { buildJsgfGrammar, normalisePhrase, PLACEHOLDER, type JsgfGrammar } from './jsgfGrammar.js';
import { silences, spokenText, worstWordScorePerFrame } from './pocketsphinxOutput.js';
import { PronouncingDictionary } from './pronouncingDictionary.js';
import { decodeSpeechAudio } from './speechAudio.js';
import { SPEECH_RATE, toSpeechPcm } from './speechPcm.js';
import type { SpeechToText, Transcript } from './speechInterfaces.js';
import { WarmDecoder } from './warmDecoder.js';
import {
  GRAMMAR_SEARCH,
  LANGUAGE_MODEL_SEARCH,
  MAX_EDGE_SILENCE_SECONDS,
  MAX_SILENCE_SECONDS,
  MIN_SCORE_PER_FRAME,
  MIN_WORD_SCORE_PER_FRAME,
  NOISE_FLOOR_BELOW_PEAK_DB,
  PAD_SECONDS,
  type SpeechModel,
} from './decoderSettings.js';

export interface PocketsphinxOptions {
  /** The phrases to expect (orders, answers); `{{ placeholders }}` mark free text. */
  readonly phrases: Iterable<string>;
  /**
   * Decode with the open language model when the grammar rejects the speech. Default: only when some phrase has a
   * free parameter, since the grammar cannot describe those.
   */
  readonly languageModelFallback?: boolean;
  /**
   * A grammar alignment with a silence longer than this (seconds) between two words is rejected: the decoder had to
   * swallow speech that is not in the grammar. Default 0.3 s (0.5 s before the first and after the last word).
   */
  readonly maxSilenceSeconds?: number;
  /**
   * A grammar hypothesis whose acoustic score per 10 ms frame (relative to the best senone of each frame, log base
   * 1.0001) is lower than this is rejected: the speech does not fit the phrase's sounds. Default -48.
   */
  readonly minScorePerFrame?: number;
  /** The same for the hypothesis's worst-fitting word: one word under this rejects it. Default -80. */
  readonly minWordScorePerFrame?: number;
  /** Model files (default: the Debian pocketsphinx-en-us paths). */
  readonly model?: SpeechModel;
  /** An utterance not decoded within this many milliseconds restarts the decoder (default 30 s). */
  readonly timeoutMs?: number;
}

/**
 * Offline speech-to-text with the Debian pocketsphinx: a JSGF grammar of the known phrases first, with rejection of
 * out-of-grammar speech (by the silences the alignment needs and its acoustic scores), then (optionally) the
 * open language model for phrases with free parameters. Each search is a warm `pocketsphinx_batch` process
 * (WarmDecoder) started on first use and kept until `close()`.
 */
export class PocketsphinxRecognizer implements SpeechToText {
  private readonly grammarDecoder: WarmDecoder | undefined;
  private readonly languageModelDecoder: WarmDecoder | undefined;

  private constructor(
    readonly grammar: JsgfGrammar,
    private readonly rejection: { maxSilenceSeconds: number; minScorePerFrame: number; minWordScorePerFrame: number },
    model: SpeechModel,
    grammarWords: string,
    languageModelFallback: boolean,
    timeoutMs: number | undefined,
  ) {
    const timeout = timeoutMs === undefined ? {} : { timeoutMs };
    if (grammar.jsgf !== null) {
      this.grammarDecoder = new WarmDecoder({
        args: ['-hmm', model.acousticModel, '-dict', '{dir}/words.dict', ...GRAMMAR_SEARCH, '-jsgf', '{dir}/phrases.jsgf'],
        files: { 'phrases.jsgf': grammar.jsgf, 'words.dict': grammarWords },
        ...timeout,
      });
    }
    if (languageModelFallback) {
      this.languageModelDecoder = new WarmDecoder({
        args: ['-hmm', model.acousticModel, '-dict', model.dictionary, ...LANGUAGE_MODEL_SEARCH, '-lm', model.languageModel],
        ...timeout,
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
    const phrases = [...options.phrases];
    const dictionary = await withEspeakPronunciations(await PronouncingDictionary.load(model.dictionary), phrases);
    const grammar = buildJsgfGrammar(phrases, dictionary);
    return new PocketsphinxRecognizer(
      grammar,
      {
        maxSilenceSeconds: options.maxSilenceSeconds ?? MAX_SILENCE_SECONDS,
        minScorePerFrame: options.minScorePerFrame ?? MIN_SCORE_PER_FRAME,
        minWordScorePerFrame: options.minWordScorePerFrame ?? MIN_WORD_SCORE_PER_FRAME,
      },
      model,
      dictionary.subset(grammar.phrases.flatMap((phrase) => phrase.split(' '))),
      options.languageModelFallback ?? grammar.freePhrases.length > 0,
      options.timeoutMs,
    );
  }

  /** The decoder processes started so far (one per search after warm-up; more means a decoder was restarted). */
  get decoderStarts(): number {
    return this.decoders().reduce((starts, decoder) => starts + decoder.starts, 0);
  }

  /** The process ids of the running decoders. */
  get decoderPids(): number[] {
    return this.decoders().flatMap((decoder) => (decoder.pid === undefined ? [] : [decoder.pid]));
  }

  async transcribe(audio: Buffer): Promise<Transcript> {
    const pcm = await decodeSpeechAudio(audio, { padSeconds: PAD_SECONDS, noiseFloorBelowPeakDb: NOISE_FLOOR_BELOW_PEAK_DB });
    if (this.grammarDecoder !== undefined) {
      const best = await this.grammarDecoder.decode(pcm);
      const text = spokenText(best.words);
      const { inner, edge } = silences(best.words);
      const scorePerFrame = best.acousticScore / Math.max(1, best.frames);
      const fits =
        inner <= this.rejection.maxSilenceSeconds &&
        edge <= MAX_EDGE_SILENCE_SECONDS &&
        scorePerFrame >= this.rejection.minScorePerFrame &&
        worstWordScorePerFrame(best.words) >= this.rejection.minWordScorePerFrame;
      if (text !== '' && fits) return { text, source: 'grammar' };
    }
    if (this.languageModelDecoder !== undefined) {
      const text = spokenText((await this.languageModelDecoder.decode(pcm)).words);
      if (text !== '') return { text, source: 'language-model' };
    }
    return { text: '', source: 'rejected' };
  }

  /** Starts the decoders (loading the models) before the first utterance, by decoding half a second of quiet. */
  async warmUp(): Promise<void> {
    const silence = toSpeechPcm({ sampleRate: SPEECH_RATE, samples: new Float32Array(SPEECH_RATE / 2) }, { trimSilence: false });
    await Promise.all(this.decoders().map((decoder) => decoder.decode(silence)));
  }

  /** Stops the decoder processes; the recogniser cannot be used afterwards. */
  async close(): Promise<void> {
    await Promise.all(this.decoders().map((decoder) => decoder.close()));
  }

  private decoders(): WarmDecoder[] {
    return [this.grammarDecoder, this.languageModelDecoder].filter((decoder) => decoder !== undefined);
  }
}

/**
 * Adds espeak-ng's American pronunciations of the phrases' words the dictionary lacks (names, coined words), so
 * those phrases can be in the grammar, and its British ones as variants where they differ (British "garage" is
 * G AE R IH JH, CMUdict only has G ER AA ZH; chosen on the dev set, see README.md). Without espeak-ng the
 * dictionary stays as it is.
 */
async function withEspeakPronunciations(dictionary: PronouncingDictionary, phrases: readonly string[]): Promise<PronouncingDictionary> {
  const words = [...new Set(phrases.filter((phrase) => !PLACEHOLDER.test(phrase)).flatMap((phrase) => normalisePhrase(phrase).split(' ')))].filter(
    (word) => word !== '',
  );
  try {
    const missing = words.filter((word) => !dictionary.has(word));
    const american = dictionary.withPronunciations(await espeakPronunciations(missing, 'en-us'));
    return american.withVariants(await espeakPronunciations(words, 'en-gb'));
  } catch (error) {
    if (error instanceof EngineMissingError) return dictionary;
    throw error;
  }
}
