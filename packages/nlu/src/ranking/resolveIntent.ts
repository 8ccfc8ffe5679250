import type { JsonValue } from '../jsonValue.js';
import type { ClassifierModel } from '../classifier/classifierModel.js';
import { classifyIntent, rankIntents } from '../classifier/classifyIntent.js';
import { fillParameters, type EntityMention, type IntentParameter } from './fillParameters.js';

/** A template or exact match found by a matcher (the api.ai template matcher, Kalliope, Almond exemplars). */
export interface TemplateCandidate {
  readonly intent: string;
  /** In [0, 1]; 1 for an exact match. */
  readonly score: number;
  readonly parameters: Readonly<Record<string, JsonValue>>;
  readonly originals?: Readonly<Record<string, JsonValue>>;
}

/** Everything known about one query. */
export interface IntentQuery {
  readonly text: string;
  readonly templateMatches?: readonly TemplateCandidate[];
  readonly classifier?: ClassifierModel;
  /** Entities recognised in the text, used to fill parameters of an intent chosen by the classifier. */
  readonly entities?: readonly EntityMention[];
  /** The parameters each intent declares. */
  readonly intentParameters?: Readonly<Record<string, readonly IntentParameter[]>>;
}

export interface ResolveOptions {
  /** Template matches scoring below this are ignored. Default 0. */
  readonly minTemplateScore?: number;
  /** Classifier intents below this calibrated confidence are not listed. Default 0.01. */
  readonly minConfidence?: number;
  /** At most this many candidates. Default 5. */
  readonly limit?: number;
}

/** One candidate interpretation of the query. */
export interface RankedIntent {
  readonly intent: string;
  readonly score: number;
  readonly source: 'template' | 'classifier';
  readonly parameters: Readonly<Record<string, JsonValue>>;
  readonly originals: Readonly<Record<string, JsonValue>>;
}

function fromClassifier(query: IntentQuery, intent: string, confidence: number): RankedIntent {
  const filled = fillParameters(query.intentParameters?.[intent] ?? [], query.entities ?? []);
  return { intent, score: confidence, source: 'classifier', ...filled };
}

/**
 * Candidate intents, best first: template matches first (by score; ties keep the matcher's order), then the
 * classifier's intents not matched by a template (by calibrated confidence), their parameters filled from the
 * recognised entities.
 */
export function rankCandidates(query: IntentQuery, options: ResolveOptions = {}): RankedIntent[] {
  const minTemplateScore = options.minTemplateScore ?? 0;
  const templates = (query.templateMatches ?? [])
    .filter((match) => match.score >= minTemplateScore)
    .map((match, index) => ({ match, index }))
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index)
    .map(({ match }): RankedIntent => ({
      intent: match.intent,
      score: match.score,
      source: 'template',
      parameters: match.parameters,
      originals: match.originals ?? {},
    }));
  const matched = new Set(templates.map((candidate) => candidate.intent));
  const classified = query.classifier === undefined ? [] : rankIntents(query.classifier, query.text)
    .filter((entry) => !matched.has(entry.intent) && entry.confidence >= (options.minConfidence ?? 0.01))
    .map((entry) => fromClassifier(query, entry.intent, entry.confidence));
  return [...templates, ...classified].slice(0, options.limit ?? 5);
}

/**
 * The intent to act on: the best template match, else the classifier's intent with parameters filled from the
 * entities, else undefined (out of scope: the fallback intent should answer).
 */
export function resolveIntent(query: IntentQuery, options: ResolveOptions = {}): RankedIntent | undefined {
  const [bestTemplate] = rankCandidates({ text: query.text, templateMatches: query.templateMatches ?? [] }, options);
  if (bestTemplate !== undefined) return bestTemplate;
  if (query.classifier === undefined) return undefined;
  const best = classifyIntent(query.classifier, query.text);
  return best === undefined ? undefined : fromClassifier(query, best.intent, best.confidence);
}
