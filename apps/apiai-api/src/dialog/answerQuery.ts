// One /query: the session's dialog state through the api.ai reducer, the agent's webhook when the matched intent
// asks for it, the new state stored, and the v1 response written.
import { randomUUID } from 'node:crypto';
import { reportContexts, stepApiai, type ApiaiInput, type ContextToSet, type ApiaiSessionState, type ApiaiStepContext, type QueryResult } from '@parley/dialog-engine';
import { agentSettings, resultJson, type Agent, type AgentRuntime, type AgentRuntimes, type FulfillmentExtras } from '@parley/apiai-agent';
import type { ApiaiQueryResponse, ApiaiWebhookRequest } from '@parley/protocol-types';
import type { EntityStore } from '../db/entityStore.js';
import { tooManyContexts } from '../http/ApiAiError.js';
import type { ParsedQuery } from '../protocol/parseQueryRequest.js';
import { queryResponseJson } from '../protocol/queryResponseJson.js';
import { successStatus, timestamp, type Status } from '../protocol/status.js';
import { checkUserEntities } from '../routes/userEntityRoutes.js';
import { callWebhook } from '../webhook/callWebhook.js';
import { readWebhookAnswer } from '../webhook/mergeWebhookResponse.js';
import { loadSession, saveSession, type StepEnvironment } from './runSessionStep.js';

export interface QueryDependencies {
  environment: StepEnvironment;
  runtimes: AgentRuntimes;
  /** The agent as stored now (read again, and remembered for the next requests of its tokens). */
  freshAgent(agentId: string): Promise<Agent>;
  entities: EntityStore;
  webhookTimeoutMs: number;
}

interface Turn {
  state: ApiaiSessionState;
  result: QueryResult;
}

function queryStep(state: ApiaiSessionState, input: ApiaiInput, ctx: ApiaiStepContext): Turn {
  const next = stepApiai(state, input, ctx);
  const [output] = next.outputs;
  if (output?.kind === 'too_many_contexts') throw tooManyContexts(output);
  if (output?.kind !== 'query_result') throw new Error(`the api.ai reducer answered a query with ${output?.kind ?? 'nothing'}`);
  return { state: next.state, result: output.result };
}

/** Sets contexts a webhook returned; the result then reports every context active afterwards. */
function setContextsStep(turn: Turn, contexts: readonly ContextToSet[], ctx: ApiaiStepContext): Turn {
  const state = stepApiai(turn.state, { type: 'set_contexts', contexts, fromAgent: true }, ctx).state;
  return { state, result: { ...turn.result, contexts: reportContexts(state.contexts) } };
}

export async function answerQuery(
  deps: QueryDependencies,
  agent: Agent,
  parsed: ParsedQuery,
): Promise<{ statusCode: number; body: ApiaiQueryResponse }> {
  const entities = await checkUserEntities(deps.entities, agent.id, parsed.entities);
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
    let turn = queryStep(loaded, request, ctx);

    let status: Status = successStatus();
    let fulfillmentExtras: FulfillmentExtras = {};
    let webhookResponseTime: number | undefined;
    const intent = runtime.intents.find((candidate) => candidate.id === turn.result.metadata.intentId);
    const forSlotFilling = turn.result.actionIncomplete;
    const wanted = intent !== undefined && (forSlotFilling ? intent.webhookForSlotFilling : intent.webhookUsed);
    const webhookCalled = wanted && current.webhook !== null;
    if (webhookCalled && current.webhook !== null) {
      const webhookRequest: ApiaiWebhookRequest = {
        id,
        timestamp: timestamp(new Date(now)),
        lang,
        result: resultJson(turn.result, { webhookUsed: true, webhookForSlotFillingUsed: forSlotFilling }),
        status: { code: 200, errorType: 'success' },
        sessionId: parsed.sessionId,
        originalRequest: parsed.originalRequest ?? { source: 'parley', data: {} },
      };
      const outcome = await callWebhook(current.webhook, webhookRequest, deps.webhookTimeoutMs);
      webhookResponseTime = outcome.elapsedMs;
      let failure: string | undefined = outcome.ok ? undefined : outcome.error;
      if (outcome.ok) {
        try {
          const answer = readWebhookAnswer(outcome.response);
          if (answer.followupEvent !== undefined) {
            turn = queryStep(turn.state, { type: 'query', event: answer.followupEvent }, ctx);
          } else {
            fulfillmentExtras = answer.fulfillment;
            if (answer.contextOut.length > 0) turn = setContextsStep(turn, answer.contextOut, ctx);
          }
        } catch (error) {
          failure = `Webhook response is invalid: ${(error as Error).message}`;
        }
      }
      if (failure !== undefined) {
        status = {
          code: 206,
          errorType: 'partial_content',
          errorDetails: `Webhook call failed. Error: ${failure}`,
          webhookTimedOut: !outcome.ok && outcome.timedOut,
        };
      }
    }

    await saveSession(sessions, agent.id, parsed.sessionId, turn.state, { loaded, agentRevision: runtime.revision });
    const body = queryResponseJson(turn.result, {
      id,
      timestamp: timestamp(new Date(now)),
      lang,
      sessionId: parsed.sessionId,
      status,
      webhookUsed: webhookCalled && !forSlotFilling,
      webhookForSlotFillingUsed: webhookCalled && forSlotFilling,
      fulfillmentExtras,
      ...(webhookResponseTime === undefined ? {} : { webhookResponseTime }),
    });
    return { statusCode: status.code, body };
  });
}
