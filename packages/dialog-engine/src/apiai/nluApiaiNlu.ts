import { compileAgent, matchAgent, type AgentMatcher, type EntityDefinition, type MatchedParameter, type MatchOptions as NluMatchOptions } from '@parley/nlu';
import type { JsonValue } from '../core/json.js';
import type { ApiaiNlu, ExtractedValue, SessionEntity } from './ports.js';

export interface NluApiaiOptions {
  /** The agent compiled by `compileAgent` of `@parley/nlu`; an intent's `id` (else its name) is the candidate's `intentId`. */
  readonly matcher: AgentMatcher;
  /** The developer entities, to read slot-filling answers of a developer entity type. */
  readonly entities?: readonly EntityDefinition[];
  /** Reference time (ms) for relative dates and times: pass the step's `ctx.now`. */
  readonly now?: number;
  /** The request's `timezone`. */
  readonly timeZone?: string;
  readonly lang?: string;
}

function extractedOf(parameter: MatchedParameter): ExtractedValue {
  const original = typeof parameter.original === 'string' ? parameter.original : parameter.original.join(' ');
  return { value: JSON.parse(JSON.stringify(parameter.value)) as JsonValue, original };
}

/** Templates that find one value of `dataType` anywhere in a slot-filling answer ("tomorrow please"). */
function slotTemplates(dataType: string): string[] {
  const slot = `${dataType}:value`;
  return [slot, `@sys.any:before ${slot}`, `${slot} @sys.any:after`, `@sys.any:before ${slot} @sys.any:after`];
}

/**
 * The `ApiaiNlu` port on `@parley/nlu`'s api.ai template matching (`matchAgent`). Create one per request
 * (it carries the request's time and time zone); it keeps nothing between requests.
 */
export function createNluApiaiNlu(options: NluApiaiOptions): ApiaiNlu {
  const matchOptions = (sessionEntities: readonly SessionEntity[]): NluMatchOptions => ({
    sessionEntities,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  return {
    match(query, { sessionEntities }) {
      return matchAgent(options.matcher, query, matchOptions(sessionEntities)).map((match) => ({
        intentId: match.intent.id ?? match.intent.name,
        score: match.score,
        parameters: Object.fromEntries(Object.entries(match.parameters).map(([alias, parameter]) => [alias, extractedOf(parameter)])),
      }));
    },
    extractParameter(text, { dataType, sessionEntities }) {
      const answer = text.trim();
      if (dataType === '@sys.any') return answer === '' ? null : { value: answer, original: answer };
      const slotMatcher = compileAgent([{ name: 'slot', templates: slotTemplates(dataType) }], options.entities ?? []);
      const value = matchAgent(slotMatcher, text, matchOptions(sessionEntities))[0]?.parameters['value'];
      return value === undefined ? null : extractedOf(value);
    },
  };
}
