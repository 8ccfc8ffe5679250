import type { ClassifierModel } from './classifierModel.js';
import { linearScores, softmaxInPlace } from './scoreIntents.js';
import { vectorize } from './vectorize.js';

/** A validation sentence: its intent, or null when it is out of scope. */
export interface ValidationExample {
  readonly text: string;
  readonly intent: string | null;
}

const MIN_LOG_TEMPERATURE = Math.log(0.02);
const MAX_LOG_TEMPERATURE = Math.log(50);
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** Scores of the validation sentences: `label` is the true intent's index, undefined when out of scope. */
interface ScoredExample {
  readonly scores: Float64Array;
  readonly label: number | undefined;
}

/**
 * Calibration loss at a temperature: mean negative log-likelihood of the true intents, plus (when there are
 * out-of-scope sentences) their mean cross-entropy to the uniform distribution, so that a validation split the
 * model separates perfectly does not drive the temperature to zero.
 */
function calibrationLoss(examples: readonly ScoredExample[], temperature: number): number {
  let inScopeLoss = 0;
  let inScope = 0;
  let outOfScopeLoss = 0;
  let outOfScope = 0;
  for (const example of examples) {
    const probabilities = softmaxInPlace(Float64Array.from(example.scores), temperature);
    if (example.label === undefined) {
      let crossEntropy = 0;
      for (const probability of probabilities) crossEntropy -= Math.log(Math.max(probability, 1e-12));
      outOfScopeLoss += crossEntropy / probabilities.length;
      outOfScope += 1;
    } else {
      inScopeLoss -= Math.log(Math.max(probabilities[example.label] ?? 0, 1e-12));
      inScope += 1;
    }
  }
  return inScopeLoss / Math.max(inScope, 1) + outOfScopeLoss / Math.max(outOfScope, 1);
}

/** Golden-section search of the temperature minimising the calibration loss (unimodal in log T). */
function fitTemperature(examples: readonly ScoredExample[]): number {
  if (examples.length === 0) return 1;
  let low = MIN_LOG_TEMPERATURE;
  let high = MAX_LOG_TEMPERATURE;
  for (let iteration = 0; iteration < 40; iteration += 1) {
    const left = high - GOLDEN * (high - low);
    const right = low + GOLDEN * (high - low);
    if (calibrationLoss(examples, Math.exp(left)) <= calibrationLoss(examples, Math.exp(right))) high = right;
    else low = left;
  }
  return Math.exp((low + high) / 2);
}

interface Decision {
  readonly correct: boolean;
  readonly confidence: number;
  readonly inScope: boolean;
  /** The model's own out-of-scope intent won. */
  readonly rejected: boolean;
}

export interface CalibrationOptions {
  /**
   * Choose the out-of-scope threshold that keeps the most in-scope sentences right while rejecting at least this
   * share of the out-of-scope validation sentences (0..1). Default: maximise balanced accuracy instead.
   */
  readonly minOutOfScopeRecall?: number;
}

/**
 * The threshold maximising, on the validation set, balanced accuracy ((in-scope accuracy, rejections counted as
 * errors, + out-of-scope recall) / 2), or in-scope accuracy among thresholds reaching `minOutOfScopeRecall`.
 * Without out-of-scope examples this is 0 (never reject).
 */
function fitThreshold(decisions: readonly Decision[], options: CalibrationOptions): number {
  const inScope = decisions.filter((decision) => decision.inScope);
  const outOfScope = decisions.filter((decision) => !decision.inScope);
  if (outOfScope.length === 0 || inScope.length === 0) return 0;
  const candidates = [0, ...new Set(decisions.map((decision) => decision.confidence))].sort((a, b) => a - b);
  let best = { threshold: 0, score: -1 };
  for (const threshold of candidates) {
    const accepted = (decision: Decision): boolean => !decision.rejected && decision.confidence >= threshold;
    const accuracy = inScope.filter((decision) => decision.correct && accepted(decision)).length / inScope.length;
    const recall = outOfScope.filter((decision) => !accepted(decision)).length / outOfScope.length;
    const { minOutOfScopeRecall } = options;
    const score = minOutOfScopeRecall === undefined ? (accuracy + recall) / 2 : recall >= minOutOfScopeRecall ? accuracy : -1;
    if (score > best.score) best = { threshold, score };
  }
  return best.threshold;
}

/**
 * Calibrates a trained model on a validation split (never the test split): fits the softmax temperature (minimum negative
 * log-likelihood of the in-scope sentences, plus cross-entropy of the out-of-scope ones to uniform), then the out-of-scope threshold on the calibrated
 * confidences ({@link CalibrationOptions}).
 */
export function calibrateClassifier(
  model: ClassifierModel,
  validation: readonly ValidationExample[],
  options: CalibrationOptions = {},
): ClassifierModel {
  const intentIndex = new Map(model.intents.map((intent, index) => [intent, index]));
  const raw = validation.map((example) => linearScores(model, vectorize(model, example.text), new Float64Array(model.intents.length)));
  const scored = validation.flatMap((example, index): ScoredExample[] => {
    const scores = raw[index] as Float64Array;
    if (example.intent === null || example.intent === model.outOfScopeIntent) return [{ scores, label: undefined }];
    const label = intentIndex.get(example.intent);
    return label === undefined ? [] : [{ scores, label }];
  });
  const temperature = fitTemperature(scored);
  const decisions = validation.map((example, index): Decision => {
    const probabilities = softmaxInPlace(Float64Array.from(raw[index] as Float64Array), temperature);
    let best = 0;
    probabilities.forEach((probability, intent) => {
      if (probability > (probabilities[best] ?? 0)) best = intent;
    });
    const predicted = model.intents[best];
    return {
      correct: predicted === example.intent,
      confidence: probabilities[best] ?? 0,
      inScope: example.intent !== null && example.intent !== model.outOfScopeIntent,
      rejected: predicted === model.outOfScopeIntent,
    };
  });
  return { ...model, temperature, outOfScopeThreshold: fitThreshold(decisions, options) };
}
