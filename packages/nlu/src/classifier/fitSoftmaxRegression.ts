import type { SparseVector } from './classifierModel.js';
import { linearScores, softmaxInPlace } from './scoreIntents.js';
import { seededRandom, shuffleInPlace } from './seededRandom.js';

interface SgdSettings {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

/** The parameters being fitted, updated in place. */
interface LinearParameters {
  readonly intents: readonly string[];
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** Passes that score every intent; later passes score each example's shortlist from the last of them. */
const FULL_PASSES = 1;

/** Intents at least this probable at an example's last full scoring stay on its shortlist. */
const SHORTLIST_PROBABILITY = 1e-3;

/** At most this many other intents on a shortlist. */
const SHORTLIST_SIZE = 16;

/**
 * Scores only the shortlisted intents of an example and writes their softmax probabilities into `gradient` at
 * those intents (`scores` is scratch space at least as long as the shortlist). Every other entry of `gradient`
 * must be 0: between full passes the other intents' probabilities are negligible.
 */
function shortlistProbabilities(
  parameters: LinearParameters,
  vector: SparseVector,
  shortlist: Int32Array,
  scale: number,
  scores: Float64Array,
  gradient: Float64Array,
): void {
  const { weights, bias } = parameters;
  const classes = gradient.length;
  const size = shortlist.length;
  for (let position = 0; position < size; position += 1) scores[position] = bias[shortlist[position]!]!;
  const { indices, values } = vector;
  for (let entry = 0; entry < indices.length; entry += 1) {
    const value = values[entry]! * scale;
    const row = indices[entry]! * classes;
    for (let position = 0; position < size; position += 1) {
      scores[position] = scores[position]! + value * weights[row + shortlist[position]!]!;
    }
  }
  let max = -Infinity;
  for (let position = 0; position < size; position += 1) max = Math.max(max, scores[position]!);
  let total = 0;
  for (let position = 0; position < size; position += 1) {
    const exp = Math.exp(scores[position]! - max);
    scores[position] = exp;
    total += exp;
  }
  for (let position = 0; position < size; position += 1) gradient[shortlist[position]!] = scores[position]! / total;
}

/**
 * The intents worth scoring for an example until its next full scoring: its own intent and the most probable others
 * (at most {@link SHORTLIST_SIZE}, each at least {@link SHORTLIST_PROBABILITY}), in ascending order.
 */
function shortlistOf(probabilities: Float64Array, label: number): Int32Array {
  const candidates: number[] = [];
  probabilities.forEach((probability, intent) => {
    if (probability >= SHORTLIST_PROBABILITY && intent !== label) candidates.push(intent);
  });
  candidates.sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  return Int32Array.from([label, ...candidates.slice(0, SHORTLIST_SIZE)]).sort();
}

/** Gradients smaller than this are skipped: they would not change a Float32 weight meaningfully. */
const NEGLIGIBLE_GRADIENT = 1e-4;

/**
 * Writes the intents whose gradient is not negligible into `into`, in ascending order; returns how many there are.
 * Only `candidates` are looked at (every intent when undefined): the others' gradients are 0.
 */
function significantIntents(gradient: Float64Array, candidates: Int32Array | undefined, into: Int32Array): number {
  let count = 0;
  const size = candidates === undefined ? gradient.length : candidates.length;
  for (let position = 0; position < size; position += 1) {
    const intent = candidates === undefined ? position : candidates[position]!;
    const g = gradient[intent]!;
    if (g > NEGLIGIBLE_GRADIENT || g < -NEGLIGIBLE_GRADIENT) {
      into[count] = intent;
      count += 1;
    }
  }
  return count;
}

/** One SGD step on the rows of the example's features, for the listed intents only. */
function applyGradient(
  weights: Float32Array,
  vector: SparseVector,
  gradient: Float64Array,
  intents: Int32Array,
  count: number,
  step: number,
): void {
  const classes = gradient.length;
  for (let entry = 0; entry < vector.indices.length; entry += 1) {
    const value = vector.values[entry]! * step;
    const row = vector.indices[entry]! * classes;
    if (count === classes) {
      for (let intent = 0; intent < classes; intent += 1) weights[row + intent] = weights[row + intent]! - value * gradient[intent]!;
      continue;
    }
    for (let position = 0; position < count; position += 1) {
      const intent = intents[position]!;
      weights[row + intent] = weights[row + intent]! - value * gradient[intent]!;
    }
  }
}

/**
 * Multinomial logistic regression by seeded SGD: step η_t = η₀ / (1 + η₀·λ·t), L2 decay applied lazily through a
 * global weight scale, gradients skipped for intents whose probability error is negligible. The first pass
 * scores every intent; later passes score only each example's shortlist (its intent and the most probable others
 * at the first pass), which makes training with many intents much faster and, on the CLINC150 validation split,
 * slightly more accurate. Deterministic.
 */
export function fitSoftmaxRegression(
  parameters: LinearParameters,
  vectors: readonly SparseVector[],
  labels: readonly number[],
  settings: SgdSettings,
): void {
  const { weights, bias } = parameters;
  const classes = parameters.intents.length;
  const order = vectors.map((_, index) => index);
  const random = seededRandom(settings.seed);
  /** Every entry is 0 between steps. */
  const gradient = new Float64Array(classes);
  const scores = new Float64Array(classes);
  const significant = new Int32Array(classes);
  const shortlists: Int32Array[] = [];
  let scale = 1;
  let step = 0;
  const rescale = (): void => {
    for (let index = 0; index < weights.length; index += 1) weights[index] = weights[index]! * scale;
    scale = 1;
  };
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const example of order) {
      const vector = vectors[example] as SparseVector;
      const eta = settings.learningRate / (1 + settings.learningRate * settings.l2 * step);
      step += 1;
      const label = labels[example] ?? 0;
      const known = shortlists[example];
      const shortlist = epoch < FULL_PASSES || known === undefined ? undefined : known;
      if (shortlist === undefined) {
        softmaxInPlace(linearScores(parameters, vector, gradient, scale));
        shortlists[example] = shortlistOf(gradient, label);
      } else {
        shortlistProbabilities(parameters, vector, shortlist, scale, scores, gradient);
      }
      gradient[label] = gradient[label]! - 1;
      scale *= 1 - eta * settings.l2;
      const count = significantIntents(gradient, shortlist, significant);
      applyGradient(weights, vector, gradient, significant, count, eta / scale);
      if (shortlist === undefined) {
        for (let intent = 0; intent < classes; intent += 1) bias[intent] = bias[intent]! - eta * gradient[intent]!;
        gradient.fill(0);
      } else {
        for (const intent of shortlist) {
          bias[intent] = bias[intent]! - eta * gradient[intent]!;
          gradient[intent] = 0;
        }
      }
      if (scale < 1e-3) rescale();
    }
  }
  rescale();
}
