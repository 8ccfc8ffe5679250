import { decodeFloat32, encodeFloat32 } from './float32Base64.js';
import type { SlotTaggerModel } from './slotTagger.js';

/** The JSON form of a {@link SlotTaggerModel}; float arrays are base64 of little-endian Float32. */
export interface SlotTaggerJson {
  readonly format: 'parley-slot-tagger';
  readonly version: 1;
  /** `O`, `B-<slot>`, `I-<slot>`. */
  readonly tags: readonly string[];
  /** Feature names in row order. */
  readonly features: readonly string[];
  readonly weights: string;
  readonly bias: string;
}

/** A plain JSON object holding the whole tagger; {@link loadSlotTagger} restores it bit for bit. */
export function serializeSlotTagger(model: SlotTaggerModel): SlotTaggerJson {
  const features: string[] = [];
  for (const [feature, index] of model.featureIndex) features[index] = feature;
  return {
    format: 'parley-slot-tagger',
    version: 1,
    tags: model.intents,
    features,
    weights: encodeFloat32(model.weights),
    bias: encodeFloat32(model.bias),
  };
}

/** Restores a tagger saved by {@link serializeSlotTagger} (also after JSON.stringify/JSON.parse). */
export function loadSlotTagger(json: SlotTaggerJson): SlotTaggerModel {
  if (json.format !== 'parley-slot-tagger' || json.version !== 1) {
    throw new Error(`Unsupported slot tagger format ${String(json.format)} v${String(json.version)}`);
  }
  const model: SlotTaggerModel = {
    intents: json.tags,
    featureIndex: new Map(json.features.map((feature, index) => [feature, index])),
    weights: decodeFloat32(json.weights),
    bias: decodeFloat32(json.bias),
  };
  if (model.weights.length !== model.featureIndex.size * model.intents.length || model.bias.length !== model.intents.length) {
    throw new Error('Corrupt slot tagger: array sizes do not match the tags and features');
  }
  return model;
}
