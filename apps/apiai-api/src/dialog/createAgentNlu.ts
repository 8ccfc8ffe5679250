// The NLU of this app: template and example matching from @parley/nlu beside the agent's trained classifier
// (retrained after each change), which proposes intents above the agent's calibrated threshold, their parameters
// read from the query by the parameters' entities.
import type { IntentCandidate } from '@parley/dialog-engine';
import {
  findEntityMentions, isSystemEntityName, rankInScopeIntents, type SystemEntityName,
} from '@parley/nlu';
import type { AgentSettings } from '../agent/agentSettings.js';
import type { Intent } from '../agent/model.js';
import type { ClassifierTrainer } from '../classifier/classifierTrainer.js';
import { classifierParameters } from './classifierParameters.js';
import { preferActiveFollowUps } from './followUpConfidence.js';
import { trainingExamples } from '../classifier/trainingExamples.js';
import type { AgentNluFactory } from './AgentNlu.js';
import { compileTemplateNlu } from './templateNlu.js';

export interface AgentNluOptions {
  /** Without a trainer only templates and examples match. */
  classifiers?: ClassifierTrainer;
  /**
   * Lowest classifier confidence that counts as a match for agents whose agent.json gives no `mlMinConfidence`
   * (`APIAI_CLASSIFIER_THRESHOLD`). Default: each agent's own threshold, calibrated on held-out folds of its examples.
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

/** The system entities (without `@sys.`) the intent's parameters use, other than `@sys.any`. */
function systemEntitiesOf(intent: Intent): SystemEntityName[] {
  return (intent.responses[0]?.parameters ?? []).flatMap((parameter) => {
    const name = parameter.dataType.startsWith('@sys.') ? parameter.dataType.slice('@sys.'.length) : '';
    return isSystemEntityName(name) ? [name] : [];
  });
}

export function createAgentNlu(options: AgentNluOptions = {}): AgentNluFactory {
  const maxCandidates = options.maxCandidates ?? 3;
  const syncTrainingLimit = options.syncTrainingLimit ?? 2000;
  return {
    compile(agentId, intents, entities, lang, settings?: AgentSettings) {
      const minConfidence = settings?.minConfidence ?? options.minConfidence;
      const mlOnly = settings?.classifierMode === 'ml-only';
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
              // Machine learning only (`customClassifierMode: use.only`): of the rules, only whole-query matches.
              const matched = base.match(query, matchOptions).filter((candidate) => !mlOnly || candidate.score >= 1);
              const model = options.classifiers?.latest(agentId);
              if (model === undefined || query.trim() === '') return matched;
              const taken = new Set(matched.map((candidate) => candidate.intentId));
              const active = new Set(matchOptions.contexts.map((name) => name.toLowerCase()));
              // Every intent's confidence, or none when a negative example's label or nothing reaches the threshold.
              const threshold = minConfidence ?? model.outOfScopeThreshold;
              const ranked = rankInScopeIntents(model, query, threshold);
              const known = ranked.flatMap(({ intent, confidence }) => {
                const found = byId.get(intent);
                return found === undefined ? [] : [{ intent: found, confidence }];
              });
              const proposed = preferActiveFollowUps(known, active)
                .filter(({ intent, confidence }) => confidence >= threshold && !taken.has(intent.id))
                .slice(0, maxCandidates)
                .map(({ intent, confidence }) => {
                  const mentions = findEntityMentions(templates.matcher, query, {
                    now: environment.now,
                    lang: environment.lang,
                    ...(environment.timeZone === undefined ? {} : { timeZone: environment.timeZone }),
                    sessionEntities: matchOptions.sessionEntities,
                    systemEntities: systemEntitiesOf(intent),
                  });
                  return { intentId: intent.id, score: confidence, parameters: classifierParameters(intent, query, mentions) };
                });
              return [...matched, ...proposed];
            },
          };
        },
      };
    },
  };
}
