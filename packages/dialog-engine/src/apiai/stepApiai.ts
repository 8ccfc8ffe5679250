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

/** What the apiai app feeds the session reducer: `/query` and the `/contexts` and `/userEntities` routes. */
export type ApiaiInput =
  | ({ readonly type: 'query' } & QueryRequest)
  | { readonly type: 'get_contexts' }
  | { readonly type: 'get_context'; readonly name: string }
  /** `fromAgent`: the agent's own contexts (its webhook's `contextOut`), which the client limits do not apply to. */
  | { readonly type: 'set_contexts'; readonly contexts: readonly ContextToSet[]; readonly fromAgent?: boolean }
  | { readonly type: 'delete_contexts' }
  | { readonly type: 'delete_context'; readonly name: string }
  | { readonly type: 'set_user_entities'; readonly entities: readonly SessionEntity[] }
  | { readonly type: 'delete_user_entity'; readonly name: string };

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

/** The api.ai dialog has nothing for the app to carry out: webhooks are the app's business. */
export type ApiaiEffect = never;

function only(state: ApiaiSessionState, output: ApiaiOutput): Step<ApiaiSessionState, ApiaiOutput, ApiaiEffect> {
  return { state, outputs: [output], effects: [] };
}

/**
 * The api.ai session reducer: one call per request of a session. Expired contexts are dropped before
 * every request, so `/contexts` reads agree with what the next query would see.
 */
export function stepApiai(
  state: ApiaiSessionState,
  input: ApiaiInput,
  ctx: ApiaiStepContext,
): Step<ApiaiSessionState, ApiaiOutput, ApiaiEffect> {
  const config = resolveApiaiConfig(ctx.config);
  const current: ApiaiSessionState = { ...state, contexts: expireContexts(state.contexts, ctx.now, config.contextTimeToLiveMs) };
  switch (input.type) {
    case 'query': {
      const breach = contextLimitBreach(input.resetContexts === true ? [] : current.contexts, input.contexts ?? [], config);
      if (breach !== undefined) return only(state, { kind: 'too_many_contexts', ...breach });
      const answered = answerQuery(current, input, ctx);
      return only(answered.state, { kind: 'query_result', result: answered.result });
    }
    case 'get_contexts':
      return only(current, { kind: 'contexts', contexts: reportContexts(current.contexts) });
    case 'get_context': {
      const found = findContext(current.contexts, input.name);
      return only(current, { kind: 'contexts', contexts: found === undefined ? [] : reportContexts([found]) });
    }
    case 'set_contexts': {
      const breach = input.fromAgent === true ? undefined : contextLimitBreach(current.contexts, input.contexts, config);
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
