import type { ClassifierModel, SparseVector } from './classifierModel.js';
import { textFeatures } from './textFeatures.js';

/**
 * The model's view of a text: known features, sublinear term frequency (1 + ln count) times idf,
 * scaled to unit length. Unknown features are ignored.
 */
export function vectorize(model: Pick<ClassifierModel, 'featureIndex' | 'idf' | 'featureOptions'>, text: string): SparseVector {
  return vectorizeFeatures(model, textFeatures(text, model.featureOptions));
}

/** {@link vectorize} of features already extracted with the model's feature options. */
export function vectorizeFeatures(model: Pick<ClassifierModel, 'featureIndex' | 'idf'>, features: ReadonlyMap<string, number>): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let squaredNorm = 0;
  for (const [feature, count] of features) {
    const index = model.featureIndex.get(feature);
    if (index === undefined) continue;
    const value = (1 + Math.log(count)) * (model.idf[index] ?? 0);
    indices.push(index);
    values.push(value);
    squaredNorm += value * value;
  }
  const norm = Math.sqrt(squaredNorm);
  return { indices, values: norm > 0 ? values.map((value) => value / norm) : values };
}
