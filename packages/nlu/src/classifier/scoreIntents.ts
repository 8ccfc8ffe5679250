import type { ClassifierModel, SparseVector } from './classifierModel.js';

/** Raw linear scores of every intent for a vector (`bias + W·x`), written into `into`. */
export function linearScores(
  model: Pick<ClassifierModel, 'weights' | 'bias' | 'intents'>,
  vector: SparseVector,
  into: Float64Array,
  weightScale = 1,
): Float64Array {
  const classes = model.intents.length;
  for (let intent = 0; intent < classes; intent += 1) into[intent] = model.bias[intent] ?? 0;
  const { weights } = model;
  for (let entry = 0; entry < vector.indices.length; entry += 1) {
    const value = vector.values[entry]! * weightScale;
    const row = vector.indices[entry]! * classes;
    for (let intent = 0; intent < classes; intent += 1) into[intent] = into[intent]! + value * weights[row + intent]!;
  }
  return into;
}

/** Softmax of `scores / temperature` in place (numerically stable). */
export function softmaxInPlace(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let total = 0;
  for (let index = 0; index < scores.length; index += 1) {
    const exp = Math.exp(((scores[index] ?? 0) - max) / temperature);
    scores[index] = exp;
    total += exp;
  }
  for (let index = 0; index < scores.length; index += 1) scores[index] = (scores[index] ?? 0) / total;
  return scores;
}
