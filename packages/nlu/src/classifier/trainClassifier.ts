import type { ClassifierModel, SparseVector } from './classifierModel.js';
import { fitSoftmaxRegression } from './fitSoftmaxRegression.js';
import { DEFAULT_FEATURE_OPTIONS, textFeatures, type FeatureOptions } from './textFeatures.js';
import { vectorizeFeatures } from './vectorize.js';

/** One labelled training sentence. */
export interface TrainingExample {
  readonly text: string;
  readonly intent: string;
}

export interface TrainOptions {
  readonly features?: FeatureOptions;
  /**
   * Passes over the shuffled training set. Default: enough for about 150,000 SGD steps, between 10 and 50 passes
   * (10 for CLINC150's 15,000 sentences, 50 for a small agent); chosen on the CLINC150 validation split.
   */
  readonly epochs?: number;
  /** Initial SGD step. Default 1. */
  readonly learningRate?: number;
  /** L2 regularisation strength per example. Default 1e-6 (chosen on the CLINC150 validation split). */
  readonly l2?: number;
  /**
   * Word n-gram features weigh this many times their idf before each sentence vector is scaled to unit length, so
   * that the many character n-grams of a word do not drown its word features. Default 2, chosen on the CLINC150
   * validation split (bench/results/nlu.md: +0.3 points over 1, mean of 3 seeds); 1 weighs them like character n-grams.
   */
  readonly wordFeatureWeight?: number;
  /** Seed of the shuffling order; the same seed and data give the same model. Default 1. */
  readonly seed?: number;
  /** A label of the examples that means "out of scope": it is learnt like an intent but never returned. */
  readonly outOfScopeIntent?: string;
  /**
   * Features seen in fewer training sentences are dropped. Default 2 from 1,000 training sentences on (half the
   * features of CLINC150 for the same validation accuracy), else 1.
   */
  readonly minFeatureCount?: number;
  /**
   * A model to start from instead of zero weights: the weights and biases of the features and intents it shares with
   * the new model (same feature options) are copied before the passes. Fewer passes then suffice when the examples
   * changed little (an intent added or edited); the result depends on this model, not only on the examples.
   */
  readonly warmStart?: Pick<ClassifierModel, 'intents' | 'featureOptions' | 'featureIndex' | 'weights' | 'bias'>;
}

/** Word n-gram features (`w:` of textFeatures), as opposed to character n-grams. */
const isWordFeature = (feature: string): boolean => feature.startsWith('w:');

function buildFeatureIndex(features: readonly ReadonlyMap<string, number>[], minCount: number, wordWeight: number) {
  const documentFrequency = new Map<string, number>();
  for (const sentence of features) {
    for (const feature of sentence.keys()) {
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
  }
  const kept = [...documentFrequency].filter(([, count]) => count >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const featureIndex = new Map(kept.map(([feature], index) => [feature, index]));
  const idf = Float32Array.from(kept, ([feature, count]) => (Math.log((1 + features.length) / (1 + count)) + 1) * (isWordFeature(feature) ? wordWeight : 1));
  return { featureIndex, idf };
}

/** Copies the start model's weights of the features and intents both models have. */
function copyShared(
  start: NonNullable<TrainOptions['warmStart']>,
  target: { intents: readonly string[]; featureIndex: ReadonlyMap<string, number>; weights: Float32Array; bias: Float32Array },
): void {
  const startClasses = start.intents.length;
  const startIntent = new Map(start.intents.map((intent, index) => [intent, index]));
  const pairs = target.intents.flatMap((intent, index) => {
    const from = startIntent.get(intent);
    return from === undefined ? [] : [[index, from] as const];
  });
  const classes = target.intents.length;
  for (const [to, from] of pairs) target.bias[to] = start.bias[from]!;
  for (const [feature, row] of target.featureIndex) {
    const startRow = start.featureIndex.get(feature);
    if (startRow === undefined) continue;
    for (const [to, from] of pairs) target.weights[row * classes + to] = start.weights[startRow * startClasses + from]!;
  }
}

const sameFeatures = (a: FeatureOptions, b: FeatureOptions): boolean =>
  a.wordNgrams === b.wordNgrams && a.charNgrams[0] === b.charNgrams[0] && a.charNgrams[1] === b.charNgrams[1] && a.foldAccents === b.foldAccents;

/**
 * Trains a multinomial logistic regression by seeded SGD with lazily applied L2 decay. Deterministic: the same
 * examples and options (without `warmStart`) always give the same weights. Intents are sorted so that the order of the examples of
 * different intents does not matter either.
 */
export function trainClassifier(examples: readonly TrainingExample[], options: TrainOptions = {}): ClassifierModel {
  const featureOptions = options.features ?? DEFAULT_FEATURE_OPTIONS;
  const epochs = options.epochs ?? Math.min(50, Math.max(10, Math.ceil(150_000 / Math.max(examples.length, 1))));
  const learningRate = options.learningRate ?? 1;
  const l2 = options.l2 ?? 1e-6;
  const intents = [...new Set(examples.map((example) => example.intent))].sort();
  const intentIndex = new Map(intents.map((intent, index) => [intent, index]));
  const features = examples.map((example) => textFeatures(example.text, featureOptions));
  const minCount = options.minFeatureCount ?? (examples.length >= 1000 ? 2 : 1);
  const { featureIndex, idf } = buildFeatureIndex(features, minCount, options.wordFeatureWeight ?? 2);
  const classes = intents.length;
  const model = { intents, featureOptions, featureIndex, idf, weights: new Float32Array(idf.length * classes), bias: new Float32Array(classes) };
  if (options.warmStart !== undefined && sameFeatures(options.warmStart.featureOptions, featureOptions)) copyShared(options.warmStart, model);
  const vectors: SparseVector[] = features.map((sentence) => vectorizeFeatures(model, sentence));
  const labels = examples.map((example) => intentIndex.get(example.intent) ?? 0);
  fitSoftmaxRegression(model, vectors, labels, { epochs, learningRate, l2, seed: options.seed ?? 1 });
  return { ...model, temperature: 1, outOfScopeThreshold: 0, outOfScopeIntent: options.outOfScopeIntent ?? null };
}
