import type { FeatureOptions } from './textFeatures.js';

/**
 * A trained linear intent classifier: multinomial logistic regression over word and character n-grams.
 * Scores are `bias + Σ value(f) · weights[f · intents.length + intent]`; confidences are
 * `softmax(scores / temperature)`.
 */
export interface ClassifierModel {
  readonly intents: readonly string[];
  readonly featureOptions: FeatureOptions;
  /** Feature name → row of `weights` and entry of `idf`. */
  readonly featureIndex: ReadonlyMap<string, number>;
  /** Inverse document frequency of each feature, times the word-feature weight for word n-grams (`trainClassifier`). */
  readonly idf: Float32Array;
  /** Feature-major: the row of feature f is `weights[f · K … f · K + K)`, K = number of intents. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  /** Softmax temperature fitted on a validation split (1 when none was given). */
  readonly temperature: number;
  /** A training label that stands for "none of the intents" (e.g. CLINC150's `oos`), or null. */
  readonly outOfScopeIntent: string | null;
  /** Below this calibrated confidence the text is out of scope (0: never). */
  readonly outOfScopeThreshold: number;
}

/** A sparse feature vector: parallel lists of feature rows and values. */
export interface SparseVector {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}
