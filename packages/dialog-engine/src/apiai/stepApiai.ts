import type { Step } from '../core/step.js';
import type { ApiaiStepContext } from './apiaiStepContext.js';
import { answerQuery, type QueryRequest } from './answerQuery.js';
import { resolveApiaiConfig } from './config.js';
import { contextKey, contextLimitBreach, expireContexts, findContext, setContexts, type ContextLimitBreach, type ContextToSet } from './contextStore.js';
import { mergeSessionEntities } from './mergeSessionEntities.js';
import type { SessionEntity } from './ports.js';
import type { QueryResult, ReportedContext } from './queryResult.js';
import { reportContexts } from './reportContexts.js';
import type { ApiaiSessionState } from './state.js';
import { calledWebhook, followupEventOf, mergeWebhookFulfillment, webhookCall, webhookFailed, type CallWebhookEffect, type WebhookOutcome } from './webhookRound.js';

/** What the apiai app feeds the session reducer: `/query` and the `/contexts` and `/userEntities` routes. */
export type ApiaiInput =
  | ({ readonly type: 'query' } & QueryRequest)
  | { readonly type: 'get_contexts' }
  | { readonly type: 'get_context'; readonly name: string }
  | { readonly type: 'set_contexts'; readonly contexts: readonly ContextToSet[] }
  | { readonly type: 'delete_contexts' }
  | { readonly type: 'delete_context'; readonly name: string }
  | { readonly type: 'set_user_entities'; readonly entities: readonly SessionEntity[] }
  | { readonly type: 'delete_user_entity'; readonly name: string }
  /** The app's report on the `call_webhook` effect of the query before. */
  | { readonly type: 'webhook_result'; readonly outcome: WebhookOutcome };

export type ApiaiOutput =
  | { readonly kind: 'query_result'; readonly result: QueryResult }
  /** Answer to `get_contexts`; to `get_context` and `delete_context` with one or no context. */
  | { readonly kind: 'contexts'; readonly contexts: readonly ReportedContext[] }
  | { readonly kind: 'contexts_set'; readonly names: readonly string[] }
  | { readonly kind: 'contexts_deleted' }
  | { readonly kind: 'user_entities_set'; readonly names: readonly string[] }
  | { readonly kind: 'user_entity_deleted'; readonly found: boolean }
  /** A query or `/contexts` write refused, the state unchanged: it sets more contexts than the limits allow. */
  | ({ readonly kind: 'too_many_contexts' } & ContextLimitBreach);

/** Work for the app: call the agent's webhook and report how it went as a `webhook_result` input. */
export type ApiaiEffect = CallWebhookEffect;

function only(state: ApiaiSessionState, output: ApiaiOutput): Step<ApiaiSessionState, ApiaiOutput, ApiaiEffect> {
  return { state, outputs: [output], effects: [] };
}

/** A query answered by the agent alone, or `too_many_contexts` with `state` unchanged. */
function query(
  state: ApiaiSessionState,
  current: ApiaiSessionState,
  input: QueryRequest,
  ctx: ApiaiStepContext,
): { state: ApiaiSessionState; output: ApiaiOutput } {
  const config = resolveApiaiConfig(ctx.config);
  const breach = contextLimitBreach(input.resetContexts === true ? [] : current.contexts, input.contexts ?? [], config);
  if (breach !== undefined) return { state, output: { kind: 'too_many_contexts', ...breach } };
  const answered = answerQuery(current, input, ctx);
  return { state: answered.state, output: { kind: 'query_result', result: answered.result } };
}

/**
 * The webhook's answer decides the pending result: a failure leaves the agent's answer (206 partial content); a
 * `followupEvent` is answered as an event query (its webhook not called again); otherwise the webhook's fulfillment
 * is merged over the agent's and its `contextOut` set on the session.
 */
function answerWebhook(
  state: ApiaiSessionState,
  current: ApiaiSessionState,
  pending: QueryResult,
  outcome: WebhookOutcome,
  ctx: ApiaiStepContext,
): Step<ApiaiSessionState, ApiaiOutput, ApiaiEffect> {
  if (!outcome.ok) return only(current, { kind: 'query_result', result: webhookFailed(calledWebhook(pending, pending, outcome.elapsedMs), outcome.error, outcome.timedOut) });
  const followup = followupEventOf(outcome.answer);
  if (followup !== undefined) {
    const next = query(state, current, { event: followup }, ctx);
    if (next.output.kind !== 'query_result') return only(next.state, next.output);
    return only(next.state, { kind: 'query_result', result: calledWebhook(pending, next.output.result, outcome.elapsedMs) });
  }
  const config = resolveApiaiConfig(ctx.config);
  const { contextOut } = outcome.answer;
  const contexts = contextOut.length > 0 ? setContexts(current.contexts, contextOut, ctx.now, config.defaultLifespan) : current.contexts;
  const merged: QueryResult = {
    ...pending,
    fulfillment: mergeWebhookFulfillment(pending.fulfillment, outcome.answer),
    ...(contextOut.length > 0 ? { contexts: reportContexts(contexts) } : {}),
  };
  return only({ ...current, contexts }, { kind: 'query_result', result: calledWebhook(pending, merged, outcome.elapsedMs) });
}

/**
 * The api.ai session reducer: one call per request of a session. Expired contexts are dropped before
 * every request, so `/contexts` reads agree with what the next query would see. A query whose intent uses the
 * agent's webhook answers nothing yet: it returns a `call_webhook` effect and waits for the `webhook_result` input
 * (any other input drops the wait).
 */
export function stepApiai(
  state: ApiaiSessionState,
  input: ApiaiInput,
  ctx: ApiaiStepContext,
): Step<ApiaiSessionState, ApiaiOutput, ApiaiEffect> {
  const config = resolveApiaiConfig(ctx.config);
  const { pendingWebhook, ...rest } = state;
  const current: ApiaiSessionState = { ...rest, contexts: expireContexts(state.contexts, ctx.now, config.contextTimeToLiveMs) };
  switch (input.type) {
    case 'query': {
      const answered = query(state, current, input, ctx);
      const call = answered.output.kind === 'query_result' ? webhookCall(answered.output.result, ctx.agent) : undefined;
      if (call === undefined) return only(answered.state, answered.output);
      return { state: { ...answered.state, pendingWebhook: call.result }, outputs: [], effects: [call] };
    }
    case 'webhook_result':
      return pendingWebhook === undefined ? { state: current, outputs: [], effects: [] } : answerWebhook(rest, current, pendingWebhook, input.outcome, ctx);
    case 'get_contexts':
      return only(current, { kind: 'contexts', contexts: reportContexts(current.contexts) });
    case 'get_context': {
      const found = findContext(current.contexts, input.name);
      return only(current, { kind: 'contexts', contexts: found === undefined ? [] : reportContexts([found]) });
    }
    case 'set_contexts': {
      const breach = contextLimitBreach(current.contexts, input.contexts, config);
      if (breach !== undefined) return only(state, { kind: 'too_many_contexts', ...breach });
      const contexts = setContexts(current.contexts, input.contexts, ctx.now, config.defaultLifespan);
      return only({ ...current, contexts }, { kind: 'contexts_set', names: input.contexts.map((context) => contextKey(context.name)) });
    }
    case 'delete_contexts':
      return only({ ...current, contexts: [], slotFilling: null }, { kind: 'contexts_deleted' });
    case 'delete_context': {
      const found = findContext(current.contexts, input.name);
      const contexts = current.contexts.filter((context) => context !== found);
      return only({ ...current, contexts }, { kind: 'contexts', contexts: found === undefined ? [] : reportContexts([found]) });
    }
    case 'set_user_entities': {
      const sessionEntities = mergeSessionEntities(current.sessionEntities, input.entities);
      return only({ ...current, sessionEntities }, { kind: 'user_entities_set', names: input.entities.map((entity) => entity.name) });
    }
    case 'delete_user_entity': {
      const sessionEntities = current.sessionEntities.filter((entity) => entity.name !== input.name);
      return only({ ...current, sessionEntities }, { kind: 'user_entity_deleted', found: sessionEntities.length < current.sessionEntities.length });
    }
  }
}
