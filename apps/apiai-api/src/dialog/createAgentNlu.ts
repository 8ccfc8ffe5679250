// The NLU of this app: template and example matching from @parley/nlu first; when no expression matches, the
// agent's trained classifier (retrained in the background after each change) proposes intents above a
// confidence threshold, their parameters read from the query by the parameters' entities.
import type { ApiaiNlu, ExtractedValue, IntentCandidate } from '@parley/dialog-engine';
import { rankIntents } from '@parley/nlu';
import type { Intent } from '../agent/model.js';
import type { ClassifierTrainer } from '../classifier/classifierTrainer.js';
import { trainingExamples } from '../classifier/trainingExamples.js';
import type { AgentNluFactory } from './AgentNlu.js';
import { compileTemplateNlu } from './templateNlu.js';

export interface AgentNluOptions {
  /** Without a trainer only templates and examples match. */
  classifiers?: ClassifierTrainer;
  /** Lowest classifier confidence that counts as a match (default 0.5). */
  minConfidence?: number;
  /** At most this many classifier candidates per query (default 3). */
  maxCandidates?: number;
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

export function createAgentNlu(options: AgentNluOptions = {}): AgentNluFactory {
  const minConfidence = options.minConfidence ?? 0.5;
  const maxCandidates = options.maxCandidates ?? 3;
  return {
    compile(agentId, intents, entities, lang) {
      const templates = compileTemplateNlu(intents, entities, lang);
      options.classifiers?.train(agentId, trainingExamples(intents, entities));
      const byId = new Map(intents.map((intent) => [intent.id, intent]));
      return {
        forQuery(environment) {
          const base = templates.forQuery(environment);
          return {
            extractParameter: base.extractParameter,
            match(query, matchOptions): readonly IntentCandidate[] {
              const matched = base.match(query, matchOptions);
              const model = options.classifiers?.latest(agentId);
              if (matched.length > 0 || model === undefined || query.trim() === '') return matched;
              return rankIntents(model, query)
                .filter((ranked) => ranked.confidence >= minConfidence && byId.has(ranked.intent))
                .slice(0, maxCandidates)
                .flatMap((ranked) => {
                  const intent = byId.get(ranked.intent);
                  if (intent === undefined) return [];
                  const parameters = extractedParameters(intent, query, base, matchOptions.sessionEntities);
                  return [{ intentId: intent.id, score: ranked.confidence, parameters }];
                });
            },
          };
        },
      };
    },
  };
}
