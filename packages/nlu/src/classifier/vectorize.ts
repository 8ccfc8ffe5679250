import type { ClassifierModel, SparseVector } from './classifierModel.js';
import { forEachTextFeature } from './textFeatures.js';

/** Sublinear term frequency (1 + ln count) times idf of each feature row, in the counts' order, scaled to unit length. */
function unitVector(idf: Float32Array, counts: ReadonlyMap<number, number>): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let squaredNorm = 0;
  for (const [index, count] of counts) {
    const value = (1 + Math.log(count)) * (idf[index] ?? 0);
    indices.push(index);
    values.push(value);
    squaredNorm += value * value;
  }
  const norm = Math.sqrt(squaredNorm);
  return { indices, values: norm > 0 ? values.map((value) => value / norm) : values };
}

/**
 * The model's view of a text: known features, sublinear term frequency (1 + ln count) times idf,
 * scaled to unit length. Unknown features are ignored (and never counted).
 */
export function vectorize(model: Pick<ClassifierModel, 'featureIndex' | 'idf' | 'featureOptions'>, text: string): SparseVector {
  const counts = new Map<number, number>();
  forEachTextFeature(text, model.featureOptions, (feature) => {
    const index = model.featureIndex.get(feature);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
  });
  return unitVector(model.idf, counts);
}

/** {@link vectorize} of features already extracted with the model's feature options (`textFeatures`). */
export function vectorizeFeatures(model: Pick<ClassifierModel, 'featureIndex' | 'idf'>, features: ReadonlyMap<string, number>): SparseVector {
  const counts = new Map<number, number>();
  for (const [feature, count] of features) {
    const index = model.featureIndex.get(feature);
    if (index !== undefined) counts.set(index, count);
  }
  return unitVector(model.idf, counts);
}
