import type { ClassifierModel, SparseVector } from './classifierModel.js';
import { linearScores, softmaxInPlace } from './scoreIntents.js';
import { vectorize } from './vectorize.js';

/** One intent and the classifier's calibrated confidence in it, in [0, 1]. */
export interface IntentConfidence {
  readonly intent: string;
  readonly confidence: number;
}

function probabilities(model: ClassifierModel, vector: SparseVector): Float64Array {
  const scores = linearScores(model, vector, new Float64Array(model.intents.length));
  return softmaxInPlace(scores, model.temperature);
}

/** Every intent but the out-of-scope label with its confidence, best first; ties in name order; none below `floor`. */
function ranking(model: ClassifierModel, confidences: Float64Array, floor = 0): IntentConfidence[] {
  const ranked: IntentConfidence[] = [];
  model.intents.forEach((intent, index) => {
    const confidence = confidences[index] ?? 0;
    if (intent !== model.outOfScopeIntent && !(confidence < floor)) ranked.push({ intent, confidence });
  });
  return ranked.sort((a, b) => b.confidence - a.confidence || (a.intent < b.intent ? -1 : 1));
}

/** The most likely label of the confidences (the first of equals), when it is an intent at or above the threshold. */
function inScopeBest(model: ClassifierModel, confidences: Float64Array, threshold: number): IntentConfidence | undefined {
  let best = 0;
  for (let index = 1; index < confidences.length; index += 1) {
    if (confidences[index]! > confidences[best]!) best = index;
  }
  const confidence = confidences[best] ?? 0;
  const intent = model.intents[best];
  if (intent === undefined || intent === model.outOfScopeIntent || confidence < threshold) return undefined;
  return { intent, confidence };
}

/** Calibrated confidences of every intent (the out-of-scope label excluded), best first; ties in name order. */
export function rankIntents(model: ClassifierModel, text: string): IntentConfidence[] {
  return ranking(model, probabilities(model, vectorize(model, text)));
}

/**
 * The best intent, or undefined when the text is out of scope: it has no feature the model knows (the intents'
 * biases alone would decide), the out-of-scope label wins, or the best confidence is below the model's threshold.
 */
export function classifyIntent(model: ClassifierModel, text: string): IntentConfidence | undefined {
  const vector = vectorize(model, text);
  if (vector.indices.length === 0) return undefined;
  return inScopeBest(model, probabilities(model, vector), model.outOfScopeThreshold);
}

/**
 * {@link rankIntents} when {@link classifyIntent} finds the text in scope (with `threshold` in place of the model's
 * own), nothing otherwise; the text vectorised and scored once. Intents whose confidence is below `floor` are left
 * out of the ranking (default 0: none).
 */
export function rankInScopeIntents(model: ClassifierModel, text: string, threshold = model.outOfScopeThreshold, floor = 0): IntentConfidence[] {
  const vector = vectorize(model, text);
  if (vector.indices.length === 0) return [];
  const confidences = probabilities(model, vector);
  return inScopeBest(model, confidences, threshold) === undefined ? [] : ranking(model, confidences, floor);
}
