import type { ClassifierModel } from './classifierModel.js';
import { classifyIntent } from './classifyIntent.js';
import { trainClassifier, type TrainingExample, type TrainOptions } from './trainClassifier.js';

export interface HeldOutOptions {
  /** Folds of the examples, each held out once (default 3). */
  readonly folds?: number;
  /**
   * Largest share of the held-out in-scope sentences that the fold models classify right and the threshold may still
   * reject (default 0.005: half a point of accuracy).
   */
  readonly maxInScopeLoss?: number;
  /**
   * The threshold chosen on the folds is multiplied by this: the full model, trained on every fold, is more confident
   * than the fold models, and the quantile of a few hundred sentences is noisy. Default: 0.7 when some examples carry
   * the out-of-scope label, 0.5 when none do (nothing then says what out of scope looks like, so only the clearly
   * unfamiliar is rejected). Chosen on validation data only (bench/results/nlu.md): with CLINC150's oos_train as
   * negatives, 0.7 rejects 56 % of oos_val and costs 0.2 points of val (0.6: 49 %, 1: 65 % for 0.5 points);
   * without negatives, 5-fold cross-validation on the training splits of the Braun corpora and Snips lost no right
   * answer at 0.5 and 0.6, 1.9 points of AskUbuntu at 0.7 and 3.8 at 1.
   */
  readonly margin?: number;
  /** Training options of the fold models (the out-of-scope label among them). */
  readonly train?: TrainOptions;
}

/** One held-out sentence as a fold model saw it. */
interface HeldOutDecision {
  readonly inScope: boolean;
  /** In scope: the fold model's best intent is right (before any threshold). */
  readonly correct: boolean;
  /** Out-of-scope label won, or the best intent's confidence. */
  readonly confidence: number;
  readonly rejectedByLabel: boolean;
}

/**
 * Each intent's examples dealt round-robin into `folds` folds, so that every fold holds about the same share of
 * each intent; deterministic.
 */
function assignFolds(examples: readonly TrainingExample[], folds: number): number[] {
  const seen = new Map<string, number>();
  return examples.map((example) => {
    const count = seen.get(example.intent) ?? 0;
    seen.set(example.intent, count + 1);
    return count % folds;
  });
}

function decide(model: ClassifierModel, example: TrainingExample, outOfScope: string | null): HeldOutDecision {
  const open = { ...model, outOfScopeThreshold: 0 };
  const best = classifyIntent(open, example.text);
  const inScope = example.intent !== outOfScope;
  return {
    inScope,
    correct: inScope && best?.intent === example.intent,
    confidence: best?.confidence ?? 0,
    rejectedByLabel: best === undefined,
  };
}

/**
 * The highest confidence threshold that, on held-out folds, rejects at most `maxInScopeLoss` of the in-scope
 * sentences (right answers of the fold models below it). 0 when no sentence could be held out.
 */
function chooseThreshold(decisions: readonly HeldOutDecision[], maxInScopeLoss: number): number {
  const inScope = decisions.filter((decision) => decision.inScope);
  if (inScope.length === 0) return 0;
  const budget = Math.floor(maxInScopeLoss * inScope.length);
  // Confidences of right answers, lowest first: a threshold just above the (budget+1)-th lowest would reject one too many.
  const right = inScope.filter((decision) => decision.correct && !decision.rejectedByLabel).map((decision) => decision.confidence).sort((a, b) => a - b);
  const limit = right[budget];
  return limit === undefined ? 0 : limit;
}

/**
 * Calibrates a model's out-of-scope threshold on the agent's own examples: `folds` models are trained each without
 * one fold, classify the held-out fold, and the threshold is the highest that keeps the in-scope loss within
 * budget ({@link chooseThreshold}). Examples labelled with the out-of-scope label are learnt as that label, held
 * out like the others, and never count as in scope. The result is scaled by `margin`.
 */
export function heldOutThreshold(examples: readonly TrainingExample[], options: HeldOutOptions = {}): number {
  const folds = options.folds ?? 3;
  const outOfScope = options.train?.outOfScopeIntent ?? null;
  const fold = assignFolds(examples, folds);
  const decisions: HeldOutDecision[] = [];
  for (let held = 0; held < folds; held += 1) {
    const training = examples.filter((_, index) => fold[index] !== held);
    const heldOut = examples.filter((_, index) => fold[index] === held);
    if (heldOut.length === 0 || new Set(training.map((example) => example.intent)).size < 2) continue;
    const model = trainClassifier(training, options.train);
    for (const example of heldOut) decisions.push(decide(model, example, outOfScope));
  }
  const margin = options.margin ?? (examples.some((example) => example.intent === outOfScope) ? 0.7 : 0.5);
  return margin * chooseThreshold(decisions, options.maxInScopeLoss ?? 0.005);
}
