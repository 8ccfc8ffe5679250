import type { ClassifierModel } from './classifierModel.js';
import { decodeFloat32, encodeFloat32 } from './float32Base64.js';
import type { FeatureOptions } from './textFeatures.js';

/** The JSON form of a {@link ClassifierModel}; float arrays are base64 of little-endian Float32. */
export interface ClassifierJson {
  readonly format: 'parley-intent-classifier';
  readonly version: 1;
  readonly intents: readonly string[];
  readonly featureOptions: FeatureOptions;
  /** Feature names in row order. */
  readonly features: readonly string[];
  readonly idf: string;
  readonly weights: string;
  readonly bias: string;
  readonly temperature: number;
  readonly outOfScopeThreshold: number;
  readonly outOfScopeIntent: string | null;
}

/** A plain JSON object holding the whole model; {@link loadClassifier} restores it bit for bit. */
export function serializeClassifier(model: ClassifierModel): ClassifierJson {
  const features: string[] = [];
  for (const [feature, index] of model.featureIndex) features[index] = feature;
  return {
    format: 'parley-intent-classifier',
    version: 1,
    intents: model.intents,
    featureOptions: model.featureOptions,
    features,
    idf: encodeFloat32(model.idf),
    weights: encodeFloat32(model.weights),
    bias: encodeFloat32(model.bias),
    temperature: model.temperature,
    outOfScopeThreshold: model.outOfScopeThreshold,
    outOfScopeIntent: model.outOfScopeIntent,
  };
}

/** Restores a model saved by {@link serializeClassifier} (also after JSON.stringify/JSON.parse). */
export function loadClassifier(json: ClassifierJson): ClassifierModel {
  if (json.format !== 'parley-intent-classifier' || json.version !== 1) {
    throw new Error(`Unsupported classifier model format ${String(json.format)} v${String(json.version)}`);
  }
  const model: ClassifierModel = {
    intents: json.intents,
    featureOptions: json.featureOptions,
    featureIndex: new Map(json.features.map((feature, index) => [feature, index])),
    idf: decodeFloat32(json.idf),
    weights: decodeFloat32(json.weights),
    bias: decodeFloat32(json.bias),
    temperature: json.temperature,
    outOfScopeThreshold: json.outOfScopeThreshold,
    outOfScopeIntent: json.outOfScopeIntent,
  };
  if (model.weights.length !== model.idf.length * model.intents.length || model.bias.length !== model.intents.length) {
    throw new Error('Corrupt classifier model: array sizes do not match the intents and features');
  }
  return model;
}
