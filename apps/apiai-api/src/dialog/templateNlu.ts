// The dialog engine's NLU port over @parley/nlu's api.ai template matcher: intents are matched on their templates
// and examples (developer, system and session entities), and a slot-filling answer is read by matching it
// against small patterns around the parameter's entity.
import type { ApiaiNlu, ExtractedValue, IntentCandidate, SessionEntity } from '@parley/dialog-engine';
import { compileAgent, matchAgent, type AgentMatcher, type MatchedParameter } from '@parley/nlu';
import type { Entity, Intent } from '../agent/model.js';
import type { QueryEnvironment } from './AgentNlu.js';

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

export interface TemplateNlu {
  matcher: AgentMatcher;
  forQuery(environment: QueryEnvironment): ApiaiNlu;
}

export function compileTemplateNlu(intents: readonly Intent[], entities: readonly Entity[], lang: string): TemplateNlu {
  const definitions = entities.map((entity) => ({
    name: entity.name,
    entries: entity.entries,
    isEnum: entity.isEnum,
    allowFuzzyExtraction: entity.automatedExpansion,
  }));
  const matcher = compileAgent(
    intents.map((intent) => ({ id: intent.id, name: intent.name, userSays: intent.userSays })),
    definitions,
    { lang },
  );
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
      const options = (sessionEntities: readonly SessionEntity[]) => ({ ...recognition, sessionEntities });
      return {
        match(query, { sessionEntities }): IntentCandidate[] {
          return matchAgent(matcher, query, options(sessionEntities)).flatMap((match) =>
            match.intent.id === undefined ? [] : [{ intentId: match.intent.id, score: match.score, parameters: extracted(match.parameters) }],
          );
        },
        extractParameter(text, { dataType, sessionEntities }) {
          if (!dataType.startsWith('@')) return null;
          const [best] = matchAgent(answerMatcher(dataType), text, { ...options(sessionEntities), limit: 1 });
          const value = best?.parameters.value;
          return value === undefined ? null : { value: value.value, original: originalOf(value) };
        },
      };
    },
  };
}
