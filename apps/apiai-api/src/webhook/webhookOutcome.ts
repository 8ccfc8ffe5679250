// Carries out the api.ai reducer's `call_webhook` effect: the HTTP call, then the answer read into the
// `webhook_result` outcome the reducer decides from.
import type { AgentWebhook } from '@parley/apiai-agent/model';
import type { WebhookOutcome } from '@parley/dialog-engine';
import type { ApiaiWebhookRequest } from '@parley/protocol-types';
import { callWebhook } from './callWebhook.js';
import { readWebhookAnswer } from './readWebhookAnswer.js';

/** The webhook's outcome as the reducer takes it: an answer that is not what api.ai allows is a failed call. */
export async function webhookOutcome(webhook: AgentWebhook, request: ApiaiWebhookRequest, timeoutMs: number): Promise<WebhookOutcome> {
  const called = await callWebhook(webhook, request, timeoutMs);
  if (!called.ok) return called;
  try {
    return { ok: true, answer: readWebhookAnswer(called.response), elapsedMs: called.elapsedMs };
  } catch (error) {
    return { ok: false, error: `Webhook response is invalid: ${(error as Error).message}`, timedOut: false, elapsedMs: called.elapsedMs };
  }
}
