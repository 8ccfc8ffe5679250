import type { ClassifierModel, SparseVector } from './classifierModel.js';

/**
 * Raw linear scores of every intent for a vector (`bias + W·x`), written into `into`. Eight feature rows are added
 * per pass over the intents, in the vector's order, so that each score's sum is the one entry-by-entry addition
 * gives, bit for bit; the eight rows' memory is read at once (the weights are megabytes: reading one row at a time
 * waited on memory, bench/results/apiai.md).
 */
export function linearScores(
  model: Pick<ClassifierModel, 'weights' | 'bias' | 'intents'>,
  vector: SparseVector,
  into: Float64Array,
  weightScale = 1,
): Float64Array {
  const classes = model.intents.length;
  for (let intent = 0; intent < classes; intent += 1) into[intent] = model.bias[intent] ?? 0;
  const { weights } = model;
  const { indices, values } = vector;
  let entry = 0;
  for (; entry + 8 <= indices.length; entry += 8) {
    const v0 = values[entry]! * weightScale, v1 = values[entry + 1]! * weightScale;
    const v2 = values[entry + 2]! * weightScale, v3 = values[entry + 3]! * weightScale;
    const v4 = values[entry + 4]! * weightScale, v5 = values[entry + 5]! * weightScale;
    const v6 = values[entry + 6]! * weightScale, v7 = values[entry + 7]! * weightScale;
    const r0 = indices[entry]! * classes, r1 = indices[entry + 1]! * classes;
    const r2 = indices[entry + 2]! * classes, r3 = indices[entry + 3]! * classes;
    const r4 = indices[entry + 4]! * classes, r5 = indices[entry + 5]! * classes;
    const r6 = indices[entry + 6]! * classes, r7 = indices[entry + 7]! * classes;
    for (let intent = 0; intent < classes; intent += 1) {
      into[intent] =
        into[intent]! +
        v0 * weights[r0 + intent]! + v1 * weights[r1 + intent]! + v2 * weights[r2 + intent]! + v3 * weights[r3 + intent]! +
        v4 * weights[r4 + intent]! + v5 * weights[r5 + intent]! + v6 * weights[r6 + intent]! + v7 * weights[r7 + intent]!;
    }
  }
  for (; entry < indices.length; entry += 1) {
    const value = values[entry]! * weightScale;
    const row = indices[entry]! * classes;
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
