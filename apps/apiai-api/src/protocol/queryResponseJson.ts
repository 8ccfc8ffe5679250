// The dialog engine's query result → the api.ai v1 (`v=20150910`) response (docs/protocols/apiai.md §4 and Decisions):
// `result.speech` beside `result.fulfillment`, metadata flags as the strings "true"/"false", ISO timestamps with
// milliseconds and `Z`, and the status object.
import { reportContexts, type QueryResult } from '@parley/dialog-engine';
import type { ApiaiFulfillment, ApiaiMetadata, ApiaiQueryResponse, ApiaiResponseMessage, ApiaiResult } from '@parley/protocol-types';
import type { Status } from './status.js';

/** What a webhook added to the fulfillment (`displayText`, `data`, `source`…), merged over the agent's answer. */
export type FulfillmentExtras = Partial<ApiaiFulfillment>;

export interface QueryResponseMeta {
  id: string;
  timestamp: string;
  lang: string;
  sessionId: string;
  status: Status;
  /** Whether a webhook was called for this answer (reported instead of the intent's flag). */
  webhookUsed: boolean;
  webhookForSlotFillingUsed: boolean;
  fulfillmentExtras?: FulfillmentExtras;
  webhookResponseTime?: number;
}

const flag = (value: boolean): 'true' | 'false' => (value ? 'true' : 'false');

export function resultJson(result: QueryResult, meta: Omit<QueryResponseMeta, 'id' | 'timestamp' | 'lang' | 'sessionId' | 'status'>): ApiaiResult {
  const fulfillment: ApiaiFulfillment = {
    speech: result.fulfillment.speech,
    // The agent's messages were checked against apiai.ResponseMessage when its intents were written (parseIntent).
    messages: result.fulfillment.messages as ApiaiResponseMessage[],
    ...meta.fulfillmentExtras,
  };
  const speech = fulfillment.speech;
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
    speech,
    action: result.action,
    actionIncomplete: result.actionIncomplete,
    parameters: result.parameters,
    contexts: reportContexts(result.contexts),
    metadata,
    fulfillment,
    score: result.score,
  };
}

export function queryResponseJson(result: QueryResult, meta: QueryResponseMeta): ApiaiQueryResponse {
  return {
    id: meta.id,
    timestamp: meta.timestamp,
    lang: meta.lang,
    result: resultJson(result, meta),
    status: { ...meta.status },
    sessionId: meta.sessionId,
  };
}
