// One /query: the session's dialog state through the api.ai reducer, the agent's webhook called when the reducer
// asks for it (a `call_webhook` effect, answered by a `webhook_result` input), the new state stored, and the v1
// response written.
import { randomUUID } from 'node:crypto';
import {
  stepApiai,
  type ApiaiInput,
  type ApiaiSessionState,
  type ApiaiStepContext,
  type CallWebhookEffect,
  type QueryResult,
  type WebhookOutcome,
} from '@parley/dialog-engine';
import { agentSettings, resultJson, type Agent, type AgentRuntime, type AgentRuntimes } from '@parley/apiai-agent';
import { loadRecognizers } from '@parley/nlu';
import type { ApiaiQueryResponse, ApiaiWebhookRequest } from '@parley/protocol-types';
import type { EntityStore } from '../db/entityStore.js';
import { tooManyContexts } from '../http/ApiAiError.js';
import type { ParsedQuery } from '../protocol/parseQueryRequest.js';
import { queryResponseJson } from '../protocol/queryResponseJson.js';
import { successStatus, timestamp, type Status } from '../protocol/status.js';
import { checkUserEntities } from '../routes/userEntityRoutes.js';
import { webhookOutcome } from '../webhook/webhookOutcome.js';
import { loadSession, saveSession, type StepEnvironment } from './runSessionStep.js';

export interface QueryDependencies {
  environment: StepEnvironment;
  runtimes: AgentRuntimes;
  /** The agent as stored now (read again, and remembered for the next requests of its tokens). */
  freshAgent(agentId: string): Promise<Agent>;
  entities: EntityStore;
  webhookTimeoutMs: number;
}

/**
 * The query's step, and the webhook round when the reducer asks for one (only if the agent has a webhook,
 * `callWebhookFor`); the state and result it ends with.
 */
async function queryStep(
  state: ApiaiSessionState,
  input: ApiaiInput,
  stepContext: ApiaiStepContext,
  callWebhookFor: ((effect: CallWebhookEffect) => Promise<WebhookOutcome>) | undefined,
): Promise<{ state: ApiaiSessionState; result: QueryResult }> {
  const ctx = callWebhookFor === undefined ? stepContext : { ...stepContext, agent: { ...stepContext.agent, hasWebhook: true } };
  let next = stepApiai(state, input, ctx);
  const [effect] = next.effects;
  if (effect !== undefined && callWebhookFor !== undefined) {
    next = stepApiai(next.state, { type: 'webhook_result', outcome: await callWebhookFor(effect) }, ctx);
  }
  const [output] = next.outputs;
  if (output?.kind === 'too_many_contexts') throw tooManyContexts(output);
  if (output?.kind !== 'query_result') throw new Error(`the api.ai reducer answered a query with ${output?.kind ?? 'nothing'}`);
  return { state: next.state, result: output.result };
}

export async function answerQuery(
  deps: QueryDependencies,
  agent: Agent,
  parsed: ParsedQuery,
): Promise<{ statusCode: number; body: ApiaiQueryResponse }> {
  const entities = await checkUserEntities(deps.entities, agent.id, parsed.entities);
  // The NLU reads numbers and dates with the recognizers-text suite, loaded by the first query, not at start.
  await loadRecognizers();
  const id = randomUUID();
  const request: ApiaiInput = {
    type: 'query',
    ...(parsed.query === undefined ? {} : { query: parsed.query }),
    ...(parsed.event === undefined ? {} : { event: parsed.event }),
    contexts: parsed.contexts,
    resetContexts: parsed.resetContexts,
    entities,
  };
  // The session's load→step→webhook→save runs alone among its changes: concurrent queries and context writes of one
  // session each see the state the one before left. The write names the agent revision answered with: if another
  // instance changed the agent since this one last read it, nothing is stored and the change runs again (`fresh`)
  // on the agent read afresh.
  return deps.environment.changeSession(agent.id, parsed.sessionId, async (sessions) => {
    const current = sessions.fresh ? await deps.freshAgent(agent.id) : agent;
    const runtime: AgentRuntime = await deps.runtimes.get(current);
    const lang = parsed.lang ?? current.language;
    const now = deps.environment.now();
    const ctx: ApiaiStepContext = {
      now,
      random: deps.environment.random,
      agent: runtime.dialogAgent,
      nlu: runtime.nlu.forQuery({ now, timeZone: parsed.timeZone ?? agentSettings(current).timeZone, lang }),
      config: deps.environment.config,
    };
    const loaded = await loadSession(sessions, agent.id, parsed.sessionId);
    const webhook = current.webhook;
    const webhookRequest = (effect: CallWebhookEffect): ApiaiWebhookRequest => ({
      id,
      timestamp: timestamp(new Date(now)),
      lang,
      result: resultJson(effect.result),
      status: { code: 200, errorType: 'success' },
      sessionId: parsed.sessionId,
      originalRequest: parsed.originalRequest ?? { source: 'parley', data: {} },
    });
    const turn = await queryStep(
      loaded,
      request,
      ctx,
      webhook === null ? undefined : (effect) => webhookOutcome(webhook, webhookRequest(effect), deps.webhookTimeoutMs),
    );

    await saveSession(sessions, agent.id, parsed.sessionId, turn.state, { loaded, agentRevision: runtime.revision });
    const failure = turn.result.webhookFailure;
    const status: Status =
      failure === undefined
        ? successStatus()
        : { code: 206, errorType: 'partial_content', errorDetails: failure.errorDetails, webhookTimedOut: failure.timedOut };
    const body = queryResponseJson(turn.result, { id, timestamp: timestamp(new Date(now)), lang, sessionId: parsed.sessionId, status });
    return { statusCode: status.code, body };
  });
}
