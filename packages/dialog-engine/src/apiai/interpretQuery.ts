import type { JsonObject } from '../core/json.js';
import type { DialogAgent, DialogIntent } from './agent.js';
import type { ApiaiDialogConfig } from './config.js';
import type { ApiaiNlu, SessionEntity } from './ports.js';
import type { QueryOutcome } from './outcome.js';
import { chooseEventIntent, chooseFallbackIntent, rankIntents } from './rankIntents.js';
import { missingRequiredParameters, resolveIntentParameters, type ResolvedParameters } from './resolveIntentParameters.js';
import type { ReferenceSources } from './resolveReference.js';
import type { ActiveContext } from './state.js';

/** Everything one query is interpreted against. `contexts` are those active while matching. */
export interface QueryTurn {
  readonly agent: DialogAgent;
  readonly nlu: ApiaiNlu;
  readonly config: ApiaiDialogConfig;
  readonly contexts: readonly ActiveContext[];
  readonly sessionEntities: readonly SessionEntity[];
}

function activeContextNames(contexts: readonly ActiveContext[]): Set<string> {
  return new Set(contexts.map((context) => context.name));
}

const NO_PARAMETERS: ResolvedParameters = { parameters: {}, originals: {} };

/** An intent with its values: answered, or the first prompt of slot filling when a required value is missing. */
function answerWithIntent(intent: DialogIntent, sources: ReferenceSources, score: number): QueryOutcome {
  const resolved = resolveIntentParameters(intent, sources);
  const missing = missingRequiredParameters(intent, resolved.parameters)[0];
  if (missing === undefined) return { kind: 'answer', intent, resolved, score };
  return {
    kind: 'prompt',
    intent,
    score,
    slotFilling: { intentId: intent.id, parameters: resolved.parameters, originals: resolved.originals, prompted: missing.name, noMatch: 0 },
  };
}

/** No intent matched: the fallback intent for the active contexts, or nothing. */
function answerWithFallback(turn: QueryTurn): QueryOutcome {
  const fallback = chooseFallbackIntent(turn.agent, activeContextNames(turn.contexts));
  if (fallback === undefined) return { kind: 'answer', intent: null, resolved: NO_PARAMETERS, score: 0 };
  return { kind: 'answer', intent: fallback, resolved: resolveIntentParameters(fallback, { extracted: {}, contexts: turn.contexts }), score: 1 };
}

/** A text query outside slot filling: the best-ranked candidate, else the fallback. */
export function interpretText(turn: QueryTurn, query: string): QueryOutcome {
  const active = activeContextNames(turn.contexts);
  const candidates = turn.nlu.match(query, { contexts: [...active], sessionEntities: turn.sessionEntities });
  const best = rankIntents(candidates, turn.agent, active, turn.config.minScore)[0];
  if (best === undefined) return answerWithFallback(turn);
  return answerWithIntent(best.intent, { extracted: best.candidate.parameters, contexts: turn.contexts }, best.candidate.score);
}

/** An event query: the intent listening to the event (its data answers `#event.param`), else the fallback. */
export function interpretEvent(turn: QueryTurn, name: string, data: JsonObject): QueryOutcome {
  const intent = chooseEventIntent(turn.agent, activeContextNames(turn.contexts), name);
  if (intent === undefined) return answerWithFallback(turn);
  return answerWithIntent(intent, { extracted: {}, contexts: turn.contexts, event: { name, data } }, 1);
}
