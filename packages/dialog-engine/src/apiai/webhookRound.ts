import type { JsonObject } from '../core/json.js';
import type { DialogAgent, ResponseMessage } from './agent.js';
import type { Fulfillment } from './buildFulfillment.js';
import type { ContextToSet } from './contextStore.js';
import type { QueryResult } from './queryResult.js';

/**
 * A webhook answer as the app read it from the v1 JSON (`{speech, displayText, messages, data, source, contextOut,
 * followupEvent}`), fields checked but nothing decided yet.
 */
export interface WebhookAnswer {
  readonly speech?: string;
  readonly displayText?: string;
  readonly messages?: readonly ResponseMessage[];
  readonly data?: JsonObject;
  readonly source?: string;
  readonly contextOut: readonly ContextToSet[];
  readonly followupEvent?: { readonly name: string; readonly data: JsonObject };
}

/** How the webhook call went, as the app reports it in a `webhook_result` input. */
export type WebhookOutcome =
  | { readonly ok: true; readonly answer: WebhookAnswer; readonly elapsedMs: number }
  | { readonly ok: false; readonly error: string; readonly timedOut: boolean; readonly elapsedMs: number };

/** The effect: POST the v1 webhook request built around `result` (its metadata already says the webhook is used). */
export interface CallWebhookEffect {
  readonly kind: 'call_webhook';
  readonly result: QueryResult;
}

/**
 * The webhook call a query result asks for: its intent uses the webhook (for slot filling while a prompt is out)
 * and the agent has one. `undefined`: the result stands as it is.
 */
export function webhookCall(result: QueryResult, agent: DialogAgent): CallWebhookEffect | undefined {
  if (agent.hasWebhook !== true) return undefined;
  const intent = agent.intents.find((candidate) => candidate.id === result.metadata.intentId);
  const forSlotFilling = result.actionIncomplete;
  const wanted = forSlotFilling ? intent?.webhookForSlotFilling : intent?.webhookUsed;
  if (wanted !== true) return undefined;
  return { kind: 'call_webhook', result: { ...result, metadata: { ...result.metadata, webhookUsed: true, webhookForSlotFillingUsed: forSlotFilling } } };
}

/** The pending result's metadata once the webhook was called: which flag, and how long it took. */
export function calledWebhook(pending: QueryResult, result: QueryResult, elapsedMs: number): QueryResult {
  const forSlotFilling = pending.actionIncomplete;
  return {
    ...result,
    metadata: { ...result.metadata, webhookUsed: !forSlotFilling, webhookForSlotFillingUsed: forSlotFilling, webhookResponseTime: elapsedMs },
  };
}

/**
 * A webhook answer over the agent's fulfillment: its speech (or else its displayText) replaces the speech, its
 * messages (or else one text message of its speech) the messages; displayText, data and source join them.
 */
export function mergeWebhookFulfillment(agent: Fulfillment, answer: WebhookAnswer): Fulfillment {
  const speech = answer.speech ?? answer.displayText;
  const messages = answer.messages ?? (speech === undefined ? undefined : [{ type: 0, speech }]);
  return {
    ...agent,
    ...(speech === undefined ? {} : { speech }),
    ...(answer.displayText === undefined ? {} : { displayText: answer.displayText }),
    ...(messages === undefined ? {} : { messages }),
    ...(answer.data === undefined ? {} : { data: answer.data }),
    ...(answer.source === undefined ? {} : { source: answer.source }),
  };
}

/** The event a webhook asked to answer instead (an empty name asks for none). */
export function followupEventOf(answer: WebhookAnswer): WebhookAnswer['followupEvent'] {
  return answer.followupEvent === undefined || answer.followupEvent.name === '' ? undefined : answer.followupEvent;
}

export function webhookFailed(result: QueryResult, error: string, timedOut: boolean): QueryResult {
  return { ...result, webhookFailure: { errorDetails: `Webhook call failed. Error: ${error}`, timedOut } };
}
