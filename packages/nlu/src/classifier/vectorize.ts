import type { ClassifierModel, SparseVector } from './classifierModel.js';
import { featureWords, forEachCharNgram, forEachWordNgram, type FeatureOptions } from './textFeatures.js';

/**
 * Sublinear term frequency (1 + ln count) times idf of each feature row, in the given order, scaled to unit length.
 * `rows` and `counts` are parallel.
 */
function unitVector(idf: Float32Array, rows: readonly number[], counts: readonly number[]): SparseVector {
  const values: number[] = [];
  let squaredNorm = 0;
  for (let entry = 0; entry < rows.length; entry += 1) {
    const value = (1 + Math.log(counts[entry]!)) * (idf[rows[entry]!] ?? 0);
    values.push(value);
    squaredNorm += value * value;
  }
  const norm = Math.sqrt(squaredNorm);
  return { indices: rows, values: norm > 0 ? values.map((value) => value / norm) : values };
}

/** The rows a model knows of one word's features: its `w:` unigram (-1: unknown) and its `c:` n-grams in visiting order. */
interface WordRows {
  readonly unigram: number;
  readonly chars: Int32Array;
}

/** What {@link vectorize} keeps per feature index: its words' rows, and a zeroed count per row to count into. */
interface FeatureIndexCache {
  readonly options: FeatureOptions;
  readonly words: Map<string, WordRows>;
  readonly counts: Uint32Array;
}

/** Words whose rows are kept per feature index (queries repeat a vocabulary; the rest are looked up each time). */
const CACHED_WORDS = 20_000;
const caches = new WeakMap<ReadonlyMap<string, number>, FeatureIndexCache>();

type VectorModel = Pick<ClassifierModel, 'featureIndex' | 'idf' | 'featureOptions'>;

function cacheOf(model: VectorModel): FeatureIndexCache {
  const cached = caches.get(model.featureIndex);
  const { featureOptions: options } = model;
  const same =
    cached !== undefined &&
    (cached.options === options ||
      (cached.options.wordNgrams === options.wordNgrams &&
        cached.options.foldAccents === options.foldAccents &&
        cached.options.charNgrams[0] === options.charNgrams[0] &&
        cached.options.charNgrams[1] === options.charNgrams[1]));
  if (same) return cached;
  const created = { options, words: new Map<string, WordRows>(), counts: new Uint32Array(model.idf.length) };
  caches.set(model.featureIndex, created);
  return created;
}

function wordRows(model: VectorModel, cache: FeatureIndexCache, word: string): WordRows {
  const cached = cache.words.get(word);
  if (cached !== undefined) return cached;
  const chars: number[] = [];
  forEachCharNgram(word, model.featureOptions, (feature) => {
    const row = model.featureIndex.get(feature);
    if (row !== undefined) chars.push(row);
  });
  const unigram = model.featureOptions.wordNgrams >= 1 ? (model.featureIndex.get(`w:${word}`) ?? -1) : -1;
  const rows = { unigram, chars: Int32Array.from(chars) };
  if (cache.words.size < CACHED_WORDS) cache.words.set(word, rows);
  return rows;
}

/**
 * The model's view of a text: known features, sublinear term frequency (1 + ln count) times idf,
 * scaled to unit length, in the order `forEachTextFeature` first visits them. Unknown features are ignored (and never
 * counted). The rows of each word's unigram and character n-grams are looked up once per model and word.
 */
export function vectorize(model: VectorModel, text: string): SparseVector {
  const cache = cacheOf(model);
  const { counts } = cache;
  const rows: number[] = [];
  const count = (row: number): void => {
    if (counts[row] === 0) rows.push(row);
    counts[row] = counts[row]! + 1;
  };
  const words = featureWords(text, model.featureOptions);
  const perWord = words.map((word) => wordRows(model, cache, word));
  for (const { unigram } of perWord) if (unigram >= 0) count(unigram);
  forEachWordNgram(words, 2, model.featureOptions.wordNgrams, (feature) => {
    const row = model.featureIndex.get(feature);
    if (row !== undefined) count(row);
  });
  for (const { chars } of perWord) for (const row of chars) count(row);
  const rowCounts = rows.map((row) => counts[row]!);
  for (const row of rows) counts[row] = 0;
  return unitVector(model.idf, rows, rowCounts);
}

/** {@link vectorize} of features already extracted with the model's feature options (`textFeatures`). */
export function vectorizeFeatures(model: Pick<ClassifierModel, 'featureIndex' | 'idf'>, features: ReadonlyMap<string, number>): SparseVector {
  const counts = new Map<number, number>();
  for (const [feature, count] of features) {
    const index = model.featureIndex.get(feature);
    if (index !== undefined) counts.set(index, count);
  }
  return unitVector(model.idf, [...counts.keys()], [...counts.values()]);
}
