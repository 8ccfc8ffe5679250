// Calls an agent's fulfillment webhook with the v1 webhook request and reads its answer (api.ai v1 fulfillment:
// POST JSON `{id, timestamp, lang, result, status, sessionId, originalRequest}`; answer
// `{speech, displayText, messages, data, contextOut, source, followupEvent}`).
import type { ApiaiWebhookRequest } from '@parley/protocol-types';
import type { JsonObject } from '@parley/dialog-engine';
import { type AgentWebhook, isRecord } from '@parley/apiai-agent/model';

export type WebhookOutcome =
  | { ok: true; response: JsonObject; elapsedMs: number }
  | { ok: false; error: string; timedOut: boolean; elapsedMs: number };

export async function callWebhook(webhook: AgentWebhook, request: ApiaiWebhookRequest, timeoutMs: number): Promise<WebhookOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // Console exports often carry a blank header row (`"": ""`): it is kept as it came (and exported so) but not sent.
  const rows = Object.entries(webhook.headers).filter(([name]) => name.trim() !== '');
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...Object.fromEntries(rows) };
  if (webhook.username !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${webhook.username}:${webhook.password ?? ''}`).toString('base64')}`;
  }
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) return { ok: false, error: `${response.status} ${response.statusText}`, timedOut: false, elapsedMs: elapsed() };
    if (text.trim() === '') return { ok: false, error: 'Webhook response was empty.', timedOut: false, elapsedMs: elapsed() };
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed)) return { ok: false, error: 'Webhook response is not a JSON object.', timedOut: false, elapsedMs: elapsed() };
    return { ok: true, response: parsed as JsonObject, elapsedMs: elapsed() };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    const message = timedOut ? 'Webhook call timed out.' : error instanceof SyntaxError ? 'Webhook response is not valid JSON.' : (error as Error).message;
    return { ok: false, error: message, timedOut, elapsedMs: elapsed() };
  }
}
