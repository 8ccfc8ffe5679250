// The api.ai reducer's NLU port on @parley/nlu: intents are matched on their templates and examples (developer,
// system and session entities); beside them an intent classifier, when one is given, proposes intents above its
// threshold, their parameters read from the query by the parameters' entities; a slot-filling answer is read by
// matching it against small patterns around the parameter's entity.
import {
  compileAgent, findEntityMentions, isSystemEntityName, matchAgent, rankInScopeIntents,
  type AgentMatcher, type ClassifierModel, type MatchedParameter, type SystemEntityName,
} from '@parley/nlu';
import type { ApiaiNlu, ExtractedValue, IntentCandidate, SessionEntity } from '../ports.js';
import { classifierParameterPlan, classifierParameters, readsParameters, type ClassifierParameterPlan } from './classifierParameters.js';
import { followsActiveContexts, preferActiveFollowUps } from './followUpConfidence.js';
import type { NluEntity, NluIntent } from './nluAgent.js';

export interface ApiaiNluOptions {
  readonly intents: readonly NluIntent[];
  readonly entities: readonly NluEntity[];
  /** The agent's language (default `en`). */
  readonly lang?: string;
  /** The newest trained classifier of these intents (labels are intent ids), read on every query; without one only templates and examples match. */
  readonly classifier?: () => ClassifierModel | undefined;
  /** Lowest classifier confidence that counts as a match. Default: the model's own `outOfScopeThreshold`. */
  readonly minConfidence?: number;
  /** Machine learning only (api.ai's `customClassifierMode: use.only`): of the rules, only whole-query matches count. */
  readonly mlOnly?: boolean;
  /** At most this many classifier candidates per query (default 3). */
  readonly maxCandidates?: number;
}

/** What one query brings: its reference time (ms) for relative dates, its time zone and language. */
export interface NluQuery {
  readonly now: number;
  readonly timeZone: string | undefined;
  readonly lang: string;
}

export interface CompiledApiaiNlu {
  /** The compiled templates and examples (for entity mentions and grammars). */
  readonly matcher: AgentMatcher;
  /** The port for one query; it keeps nothing between queries. */
  forQuery(query: NluQuery): ApiaiNlu;
}

const originalOf = (parameter: MatchedParameter): string =>
  typeof parameter.original === 'string' ? parameter.original : parameter.original.join(' ');

function extracted(parameters: Readonly<Record<string, MatchedParameter>>): Record<string, ExtractedValue> {
  const values: Record<string, ExtractedValue> = {};
  for (const [alias, parameter] of Object.entries(parameters)) values[alias] = { value: parameter.value, original: originalOf(parameter) };
  return values;
}

/** Answers to a prompt: the value alone, or with words around it ("to my @parent", "@sys.date please"). */
const answerTemplates = (dataType: string): string[] =>
  dataType === '@sys.any'
    ? [`${dataType}:value`]
    : [`${dataType}:value`, `@sys.any:before ${dataType}:value`, `${dataType}:value @sys.any:after`, `@sys.any:before ${dataType}:value @sys.any:after`];

/** The system entities (without `@sys.`) the intent's parameters use, other than `@sys.any`. */
function systemEntitiesOf(intent: NluIntent): SystemEntityName[] {
  return (intent.responses[0]?.parameters ?? []).flatMap((parameter) => {
    const name = parameter.dataType.startsWith('@sys.') ? parameter.dataType.slice('@sys.'.length) : '';
    return isSystemEntityName(name) ? [name] : [];
  });
}

/** Compiles an agent once (per edit); `forQuery` gives the port for each query. */
export function compileApiaiNlu(options: ApiaiNluOptions): CompiledApiaiNlu {
  const lang = options.lang ?? 'en';
  const maxCandidates = options.maxCandidates ?? 3;
  const definitions = options.entities.map((entity) => ({
    name: entity.name,
    entries: entity.entries,
    isEnum: entity.isEnum ?? false,
    allowFuzzyExtraction: entity.automatedExpansion ?? false,
  }));
  const matcher = compileAgent(options.intents.map((intent) => ({ id: intent.id, name: intent.name, userSays: intent.userSays })), definitions, { lang });
  const byId = new Map(options.intents.map((intent) => [intent.id, intent]));
  /** The intents that may follow active contexts: only they make the classifier's whole ranking matter. */
  const contextIntents = options.intents.filter((intent) => intent.contexts.length > 0);
  /** Per intent id, what its parameters read from a query the classifier gave it to (worked out on first use). */
  const parameterPlans = new Map<string, { plan: ClassifierParameterPlan; systemEntities: SystemEntityName[] }>();
  const parameterPlanOf = (intent: NluIntent) => {
    let planned = parameterPlans.get(intent.id);
    if (planned === undefined) {
      planned = { plan: classifierParameterPlan(intent), systemEntities: systemEntitiesOf(intent) };
      parameterPlans.set(intent.id, planned);
    }
    return planned;
  };
  const answerMatchers = new Map<string, AgentMatcher>();
  const answerMatcher = (dataType: string): AgentMatcher => {
    let compiled = answerMatchers.get(dataType);
    if (compiled === undefined) {
      compiled = compileAgent([{ id: dataType, name: dataType, templates: answerTemplates(dataType) }], definitions, { lang });
      answerMatchers.set(dataType, compiled);
    }
    return compiled;
  };

  return {
    matcher,
    forQuery(environment) {
      const recognition = {
        now: environment.now,
        lang: environment.lang,
        ...(environment.timeZone === undefined ? {} : { timeZone: environment.timeZone }),
      };
      const withSession = (sessionEntities: readonly SessionEntity[]) => ({ ...recognition, sessionEntities });

      /** The classifier's choices the rules did not already find, best first. */
      function classified(query: string, active: ReadonlySet<string>, taken: ReadonlySet<string>, sessionEntities: readonly SessionEntity[]): IntentCandidate[] {
        const model = options.classifier?.();
        if (model === undefined || query.trim() === '') return [];
        // Every intent's confidence, or none when a negative example's label or nothing reaches the threshold. Only
        // a follow-up of active contexts can take a confidence below the threshold from its parent: without one, the
        // intents below the threshold are left out of the ranking.
        const threshold = options.minConfidence ?? model.outOfScopeThreshold;
        const floor = contextIntents.some((intent) => followsActiveContexts(intent, active)) ? 0 : threshold;
        const known = rankInScopeIntents(model, query, threshold, floor).flatMap(({ intent, confidence }) => {
          const found = byId.get(intent);
          return found === undefined ? [] : [{ intent: found, confidence }];
        });
        return preferActiveFollowUps(known, active)
          .filter(({ intent, confidence }) => confidence >= threshold && !taken.has(intent.id))
          .slice(0, maxCandidates)
          .map(({ intent, confidence }) => {
            const { plan, systemEntities } = parameterPlanOf(intent);
            if (!readsParameters(plan)) return { intentId: intent.id, score: confidence, parameters: {} };
            const mentions = findEntityMentions(matcher, query, { ...withSession(sessionEntities), systemEntities });
            return { intentId: intent.id, score: confidence, parameters: classifierParameters(intent, query, mentions, plan) };
          });
      }

      return {
        // Template and example matches and the classifier's choices together: the dialog engine takes the best
        // score, so a whole-query match (score 1) wins, and a classifier answer beats a weaker `@sys.any` match.
        match(query, { contexts, sessionEntities }): IntentCandidate[] {
          const matched = matchAgent(matcher, query, withSession(sessionEntities))
            .flatMap((match) => (match.intent.id === undefined ? [] : [{ intentId: match.intent.id, score: match.score, parameters: extracted(match.parameters) }]))
            .filter((candidate) => options.mlOnly !== true || candidate.score >= 1);
          const taken = new Set(matched.map((candidate) => candidate.intentId));
          const active = new Set(contexts.map((name) => name.toLowerCase()));
          return [...matched, ...classified(query, active, taken, sessionEntities)];
        },
        extractParameter(text, { dataType, sessionEntities }) {
          if (!dataType.startsWith('@')) return null;
          const [best] = matchAgent(answerMatcher(dataType), text, { ...withSession(sessionEntities), limit: 1 });
          const value = best?.parameters.value;
          return value === undefined ? null : { value: value.value, original: originalOf(value) };
        },
      };
    },
  };
}
