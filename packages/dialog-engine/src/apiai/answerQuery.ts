import type { JsonObject } from '../core/json.js';
import type { ApiaiStepContext } from './apiaiStepContext.js';
import { resolveApiaiConfig } from './config.js';
import { findContext, setContexts, type ContextToSet } from './contextStore.js';
import { continueSlotFilling } from './continueSlotFilling.js';
import { idDialogContextName, withoutDialogContexts } from './dialogContexts.js';
import { interpretEvent, interpretText, type QueryTurn } from './interpretQuery.js';
import { mergeSessionEntities } from './mergeSessionEntities.js';
import type { QueryOutcome } from './outcome.js';
import type { SessionEntity } from './ports.js';
import type { QueryResult } from './queryResult.js';
import type { ApiaiSessionState } from './state.js';
import { writeResult } from './writeResult.js';

/** A `/query` request as the dialog sees it (the app has parsed every client variant into this). */
export interface QueryRequest {
  /** The text; ASR alternatives are reduced to one by the app. Ignored when `event` is given. */
  readonly query?: string;
  readonly event?: { readonly name: string; readonly data?: JsonObject };
  readonly contexts?: readonly ContextToSet[];
  readonly resetContexts?: boolean;
  readonly entities?: readonly SessionEntity[];
}

/**
 * One query, in api.ai's order (docs/protocols/apiai.md §5): `resetContexts` applied, then the request contexts,
 * then the query matched (or routed into the slot filling in progress, which an event ends), then every lifespan
 * decremented and the matched intent's output contexts added. Expired contexts are already gone from `state`:
 * `stepApiai` drops them once, before every request.
 */
export function answerQuery(
  state: ApiaiSessionState,
  request: QueryRequest,
  ctx: ApiaiStepContext,
): { state: ApiaiSessionState; result: QueryResult } {
  const config = resolveApiaiConfig(ctx.config);
  const reset = request.resetContexts === true;
  const contexts = setContexts(reset ? [] : state.contexts, request.contexts ?? [], ctx.now, config.defaultLifespan);
  const sessionEntities = mergeSessionEntities(state.sessionEntities, request.entities ?? []);
  const turn: QueryTurn = { agent: ctx.agent, nlu: ctx.nlu, config, contexts, sessionEntities };

  const slot = reset ? null : state.slotFilling;
  const slotIntent = slot === null ? undefined : ctx.agent.intents.find((intent) => intent.id === slot.intentId);
  const slotActive = slot !== null && slotIntent !== undefined && findContext(contexts, idDialogContextName(slot.intentId)) !== undefined;

  let outcome: QueryOutcome;
  let resolvedQuery: string;
  if (request.event !== undefined) {
    resolvedQuery = request.event.name;
    const eventTurn = slotActive ? { ...turn, contexts: withoutDialogContexts(contexts, slotIntent) } : turn;
    outcome = interpretEvent(eventTurn, request.event.name, request.event.data ?? {});
    if (slotActive) outcome = { ...outcome, abandoned: { intent: slotIntent, reason: 'event' } };
  } else {
    resolvedQuery = request.query ?? '';
    outcome = slotActive ? continueSlotFilling(turn, slotIntent, slot, resolvedQuery) : interpretText(turn, resolvedQuery);
  }
  const matchedContexts = outcome.abandoned === undefined ? contexts : withoutDialogContexts(contexts, outcome.abandoned.intent);
  const written = writeResult(outcome, { resolvedQuery, contexts: matchedContexts, config, now: ctx.now, random: ctx.random });
  return {
    state: { contexts: written.contexts, sessionEntities, slotFilling: written.slotFilling },
    result: written.result,
  };
}
