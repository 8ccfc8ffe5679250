// Decoder settings and rejection thresholds, chosen on the speech dev set (bench/src/kalliope/sttDevSet.ts, run by
// `pnpm bench kalliope-dev`), whose utterances are not in the test set `pnpm bench kalliope` measures (README.md,
// "How recognition works"; the figures in bench/results/kalliope-dev.md).

/** Model files of a pocketsphinx language. */
export interface SpeechModel {
  readonly acousticModel: string;
  readonly languageModel: string;
  readonly dictionary: string;
}

/** Shared by every search: the cepstral mean from the whole utterance, so a warm decoder's result does not depend
 * on the utterances before it; no spectral noise subtraction (it blurred short words). */
const FRONT_END = ['-cmn', 'batch', '-remove_noise', 'no'];

/**
 * Grammar search: beams wider than the defaults (1e-48, 1e-48, 7e-29), since with a few dozen alternatives the
 * defaults prune the right path of short phrases away.
 */
export const GRAMMAR_SEARCH: readonly string[] = [...FRONT_END, '-beam', '1e-80', '-pbeam', '1e-80', '-wbeam', '1e-60'];

export const LANGUAGE_MODEL_SEARCH: readonly string[] = FRONT_END;

/** Sound kept before and after the trimmed speech. */
export const PAD_SECONDS = 0.1;

/**
 * Noise added to every utterance, this many dB under its loudest sample (speechPcm.ts): synthetic speech has exact
 * digital silence inside words (stop closures), which pocketsphinx aligned as pauses, misplacing the words around
 * them (the dev set's British "not at all" began with 0.3 s of "silence" over "no"). 40–45 dB did best on the dev
 * set; a real recording's own noise is usually louder, so it changes little there.
 */
export const NOISE_FLOOR_BELOW_PEAK_DB = 45;

/**
 * A grammar hypothesis is rejected when its acoustic score per 10 ms frame is lower than this. pocketsphinx scores
 * each frame against the best-scoring senone of that frame (log base 1.0001), so the score says how far the forced
 * phrase is from the best any sounds could do: out-of-grammar speech forced onto a phrase scores low.
 */
export const MIN_SCORE_PER_FRAME = -48;

/**
 * A grammar hypothesis is rejected when one of its words scores lower than this per 10 ms frame: out-of-grammar
 * speech forced onto a phrase usually leaves one word badly fitted even when the whole scores well enough.
 */
export const MIN_WORD_SCORE_PER_FRAME = -80;

/**
 * A grammar alignment with a silence longer than this between two words is rejected: the decoder had to swallow
 * speech that is not in the grammar.
 */
export const MAX_SILENCE_SECONDS = 0.3;

/**
 * The same before the first or after the last word (longer: real recordings breathe and rustle at the ends; 0.4 s
 * did as well on the synthetic dev set but rejects a real "how are you" recording with 0.42 s of breath after it).
 */
export const MAX_EDGE_SILENCE_SECONDS = 0.5;
