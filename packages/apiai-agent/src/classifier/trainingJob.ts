// One training or calibration of an agent's classifier, as the trainers run it (in this thread or in a worker).
import { heldOutThreshold, trainClassifier, type ClassifierModel, type TrainingExample } from '@parley/nlu/classifier';
import { outOfScopeLabel } from './trainingExamples.js';

/**
 * Passes over the examples from zero weights: about 30,000 SGD steps, between 10 and 50 passes (@parley/nlu's
 * default aims at 150,000, which takes a 2,000-sentence agent over 2 s of CPU). On 40 CLINC150 intents with 50
 * sentences each (validation split): 94.0 % at 10 passes, 94.4 % at 20 and at 50; 10 passes at CLINC150's 15,000
 * sentences as by default.
 */
const coldPasses = (examples: number): number => Math.min(50, Math.max(10, Math.ceil(30_000 / Math.max(examples, 1))));

/**
 * Passes from the previous model: a third of {@link coldPasses}, at least 5. One intent of 50 sentences added to 19 or
 * 39 CLINC150 intents (validation split): 98.5 % and 94.1 % (from zero: 98.8 % and 94.3 %) at about a third of the
 * CPU time (bench/results/apiai.md).
 */
const warmPasses = (examples: number): number => Math.max(5, Math.ceil(coldPasses(examples) / 3));

/** A model is worth training with at least one intent and something to tell it from (another intent or negatives). */
export function trainable(examples: readonly TrainingExample[]): boolean {
  const labels = new Set(examples.map((example) => example.intent));
  return labels.size >= 2 && [...labels].some((label) => label !== outOfScopeLabel);
}

/** A model of the examples, from zero or from the agent's previous model (`warmStart`); its threshold is not set. */
export function trainModel(examples: readonly TrainingExample[], warmStart: ClassifierModel | undefined): ClassifierModel {
  const outOfScopeIntent = outOfScopeLabel;
  if (warmStart === undefined) return trainClassifier(examples, { outOfScopeIntent, epochs: coldPasses(examples.length) });
  return trainClassifier(examples, { outOfScopeIntent, epochs: warmPasses(examples.length), warmStart });
}

/** The fallback threshold chosen on held-out folds of the examples. */
export const calibrationThreshold = (examples: readonly TrainingExample[]): number =>
  heldOutThreshold(examples, { train: { outOfScopeIntent: outOfScopeLabel, epochs: coldPasses(examples.length) } });

