// The trained intent classifier with out-of-scope detection, and the slot tagger: also the `@parley/nlu/classifier`
// entry, which loads none of the rest of the package (no recognizers-text suite: README, Intent classifier).
export { trainClassifier, type TrainOptions, type TrainingExample } from './trainClassifier.js';
export { calibrateClassifier, type CalibrationOptions, type ValidationExample } from './calibrateClassifier.js';
export { classifyIntent, rankInScopeIntents, rankIntents, type IntentConfidence } from './classifyIntent.js';
export { heldOutThreshold, type HeldOutOptions } from './heldOutThreshold.js';
export { loadClassifier, serializeClassifier, type ClassifierJson } from './serializeClassifier.js';
export { type ClassifierModel } from './classifierModel.js';
export { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from './textFeatures.js';
export {
  tagSlots, trainSlotTagger, type SlotExample, type SlotSpan, type SlotTaggerModel, type SlotTaggerOptions, type TaggedSlot,
} from './slotTagger.js';
export { loadSlotTagger, serializeSlotTagger, type SlotTaggerJson } from './serializeSlotTagger.js';
