// The NLU of this app: template and example matching from @parley/nlu beside the agent's trained classifier
// (retrained after each change), which proposes intents above the agent's calibrated threshold, their parameters
// read from the query by the parameters' entities.
import type { ApiaiNlu, ExtractedValue, IntentCandidate } from '@parley/dialog-engine';
import { classifyIntent, rankIntents, type ClassifierModel, type IntentConfidence } from '@parley/nlu';
import type { Intent } from '../agent/model.js';
import type { ClassifierTrainer } from '../classifier/classifierTrainer.js';
import { trainingExamples } from '../classifier/trainingExamples.js';
import type { AgentNluFactory } from './AgentNlu.js';
import { compileTemplateNlu } from './templateNlu.js';

export interface AgentNluOptions {
  /** Without a trainer only templates and examples match. */
  classifiers?: ClassifierTrainer;
  /**
   * Lowest classifier confidence that counts as a match for every agent (`APIAI_CLASSIFIER_THRESHOLD`). Default: each
   * agent's own threshold, calibrated on held-out folds of its examples.
   */
  minConfidence?: number;
  /** At most this many classifier candidates per query (default 3). */
  maxCandidates?: number;
  /**
   * A new revision of an agent with at most this many training sentences answers only once its classifier is
   * retrained (read-your-writes); larger agents answer with their previous model meanwhile. Default 2,000.
   */
  syncTrainingLimit?: number;
}

/** Values of an intent's `$alias` parameters found anywhere in the query. */
function extractedParameters(intent: Intent, query: string, nlu: ApiaiNlu, sessionEntities: Parameters<ApiaiNlu['match']>[1]['sessionEntities']) {
  const values: Record<string, ExtractedValue> = {};
  for (const parameter of intent.responses[0]?.parameters ?? []) {
    const alias = /^\$([A-Za-z0-9_-]+)$/.exec(parameter.value)?.[1];
    if (alias === undefined || parameter.dataType === '' || parameter.dataType === '@sys.any' || alias in values) continue;
    const found = nlu.extractParameter(query, { dataType: parameter.dataType, isList: parameter.isList, sessionEntities });
    if (found !== null) values[alias] = found;
  }
  return values;
}

/** The classifier's intents at or above the threshold, unless a negative example's label or nothing wins. */
function classifierChoices(model: ClassifierModel, query: string, minConfidence: number | undefined): readonly IntentConfidence[] {
  const effective = minConfidence === undefined ? model : { ...model, outOfScopeThreshold: minConfidence };
  if (classifyIntent(effective, query) === undefined) return [];
  return rankIntents(model, query).filter((ranked) => ranked.confidence >= effective.outOfScopeThreshold);
}

export function createAgentNlu(options: AgentNluOptions = {}): AgentNluFactory {
  const maxCandidates = options.maxCandidates ?? 3;
  const syncTrainingLimit = options.syncTrainingLimit ?? 2000;
  return {
    compile(agentId, intents, entities, lang) {
      const templates = compileTemplateNlu(intents, entities, lang);
      const examples = trainingExamples(intents, entities);
      const trained = options.classifiers?.train(agentId, examples);
      const byId = new Map(intents.map((intent) => [intent.id, intent]));
      return {
        ready: trained !== undefined && examples.length <= syncTrainingLimit ? trained : Promise.resolve(),
        forQuery(environment) {
          const base = templates.forQuery(environment);
          return {
            extractParameter: base.extractParameter,
            // Template and example matches and the classifier's choices together: the dialog engine takes the best
            // score, so a whole-query match (score 1) wins, and a classifier answer beats a weaker `@sys.any` match.
            match(query, matchOptions): readonly IntentCandidate[] {
              const matched = base.match(query, matchOptions);
              const model = options.classifiers?.latest(agentId);
              if (model === undefined || query.trim() === '') return matched;
              const taken = new Set(matched.map((candidate) => candidate.intentId));
              const proposed = classifierChoices(model, query, options.minConfidence)
                .filter((ranked) => byId.has(ranked.intent) && !taken.has(ranked.intent))
                .slice(0, maxCandidates)
                .flatMap((ranked) => {
                  const intent = byId.get(ranked.intent);
                  if (intent === undefined) return [];
                  const parameters = extractedParameters(intent, query, base, matchOptions.sessionEntities);
                  return [{ intentId: intent.id, score: ranked.confidence, parameters }];
                });
              return [...matched, ...proposed];
            },
          };
        },
      };
    },
  };
}
