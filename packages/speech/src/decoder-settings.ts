// Decoder settings, chosen on a validation set of orders and out-of-grammar sentences that differ from the ones
// `pnpm bench kalliope` measures (see README.md, "How recognition works").

/** Model files of a pocketsphinx language. */
export interface SpeechModel {
  readonly acousticModel: string;
  readonly languageModel: string;
  readonly dictionary: string;
}

/**
 * Grammar search: beams wider than the defaults (1e-48, 1e-48, 7e-29), since with a few dozen alternatives the
 * defaults prune the right path of short phrases away; cepstral mean from the whole utterance (`-cmn batch`), so an
 * utterance does not depend on the ones before it in the warm decoder; no spectral noise subtraction (synthetic and
 * close-microphone speech has no steady noise to remove, and subtraction blurred short words).
 */
export const GRAMMAR_SEARCH: readonly string[] = [
  '-beam', '1e-80', '-pbeam', '1e-80', '-wbeam', '1e-60', '-cmn', 'batch', '-remove_noise', 'no',
];

export const LANGUAGE_MODEL_SEARCH: readonly string[] = ['-cmn', 'batch'];

/** Silence put back before and after the trimmed speech. */
export const PAD_SECONDS = 0.1;

/** A grammar alignment with a longer silence than this inside is rejected (see PocketsphinxRecognizer). */
export const MAX_SILENCE_SECONDS = 0.3;
