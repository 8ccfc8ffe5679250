// The NLU of this app: the api.ai adapter of @parley/dialog-engine (templates and examples) beside the agent's
// trained classifier, retrained after each change.
import { compileApiaiNlu } from '@parley/dialog-engine';
import type { AgentSettings } from '../agent/agentSettings.js';
import type { ClassifierTrainer } from '../classifier/ClassifierTrainer.js';
import { trainingExamples } from '../classifier/trainingExamples.js';
import type { AgentNluFactory } from './AgentNlu.js';

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

export function createAgentNlu(options: AgentNluOptions = {}): AgentNluFactory {
  const syncTrainingLimit = options.syncTrainingLimit ?? 2000;
  return {
    compile(agentId, intents, entities, lang, settings?: AgentSettings) {
      const minConfidence = settings?.minConfidence ?? options.minConfidence;
      const examples = trainingExamples(intents, entities);
      const { classifiers } = options;
      const trained = classifiers?.train(agentId, examples);
      const nlu = compileApiaiNlu({
        intents,
        entities,
        lang,
        mlOnly: settings?.classifierMode === 'ml-only',
        ...(classifiers === undefined ? {} : { classifier: () => classifiers.latest(agentId) }),
        ...(minConfidence === undefined ? {} : { minConfidence }),
        ...(options.maxCandidates === undefined ? {} : { maxCandidates: options.maxCandidates }),
      });
      return {
        ready: trained !== undefined && examples.length <= syncTrainingLimit ? trained : Promise.resolve(),
        forQuery: (query) => nlu.forQuery(query),
      };
    },
  };
}
