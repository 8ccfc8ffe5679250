// The dialog engine's query result → the api.ai v1 (`v=20150910`) `result` (docs/protocols/apiai.md §4):
// `result.speech` beside `result.fulfillment`, metadata flags as the strings "true"/"false". The server's
// /v1/query answer and the embedded agent's `query` both write it here, typed by the `apiai.Result` schema.
import { reportContexts, type QueryResult } from '@parley/dialog-engine';
import type { ApiaiFulfillment, ApiaiMetadata, ApiaiResponseMessage, ApiaiResult } from '@parley/protocol-types';

const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

export function resultJson(result: QueryResult): ApiaiResult {
  const fulfillment: ApiaiFulfillment = {
    ...result.fulfillment,
    // The agent's messages were checked against apiai.ResponseMessage when its intents were read (parseIntent), a
    // webhook's when the app read its answer.
    messages: result.fulfillment.messages as ApiaiResponseMessage[],
  };
  const { metadata: meta } = result;
  const metadata: ApiaiMetadata = {
    ...(result.metadata.intentId === undefined ? {} : { intentId: result.metadata.intentId }),
    webhookUsed: flag(meta.webhookUsed),
    webhookForSlotFillingUsed: flag(meta.webhookForSlotFillingUsed),
    ...(meta.webhookResponseTime === undefined ? {} : { webhookResponseTime: meta.webhookResponseTime }),
    ...(result.metadata.intentName === undefined ? {} : { intentName: result.metadata.intentName }),
    isFallbackIntent: flag(result.metadata.isFallbackIntent),
  };
  return {
    source: result.source,
    resolvedQuery: result.resolvedQuery,
    speech: fulfillment.speech,
    action: result.action,
    actionIncomplete: result.actionIncomplete,
    parameters: result.parameters,
    contexts: reportContexts(result.contexts),
    metadata,
    fulfillment,
    score: result.score,
  };
}
