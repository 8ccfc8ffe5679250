import type { JsonObject } from '../core/json.js';
import type { Fulfillment } from './buildFulfillment.js';

/** A context as a query result reports it; a type, not an interface, so that it is a `JsonObject` as it stands. */
export type ReportedContext = {
  readonly name: string;
  readonly parameters: JsonObject;
  readonly lifespan: number;
};

export interface QueryMetadata {
  readonly intentId?: string;
  readonly intentName?: string;
  /** Booleans here; the v1 JSON writes them as the strings `"true"`/`"false"` (docs/protocols/apiai.md §4). */
  readonly webhookUsed: boolean;
  readonly webhookForSlotFillingUsed: boolean;
  readonly isFallbackIntent: boolean;
  /** How long the webhook took to answer (ms), when it was called. */
  readonly webhookResponseTime?: number;
}

/** Why slot filling ended unfinished: a cancel word, too many answers that filled nothing, or an event query. */
export type AbandonReason = 'cancel' | 'reprompt_limit' | 'event';

/**
 * Parley's model of an api.ai v1 `result` (docs/protocols/apiai.md §4); the apiai app maps it to the wire JSON
 * (adding `id`, `timestamp`, `lang`, `sessionId`, `status`, and `speech` beside `fulfillment`).
 */
export interface QueryResult {
  readonly source: 'agent';
  /** The query text, or the event name for an event query. */
  readonly resolvedQuery: string;
  /** The intent's action; `input.unknown` when nothing matched and the agent has no fallback intent. */
  readonly action: string;
  /** `true` while a required parameter is missing and `fulfillment.speech` is its prompt. */
  readonly actionIncomplete: boolean;
  readonly parameters: JsonObject;
  /** Every context active after this query, with its remaining lifespan. */
  readonly contexts: readonly ReportedContext[];
  readonly metadata: QueryMetadata;
  readonly fulfillment: Fulfillment;
  readonly score: number;
  /** Parley only: this query ended a slot filling before it was complete. */
  readonly abandonedSlotFilling?: { readonly intentId: string; readonly intentName: string; readonly reason: AbandonReason };
  /** The webhook call failed: the answer is the agent's own, reported as 206 partial content with these details. */
  readonly webhookFailure?: { readonly errorDetails: string; readonly timedOut: boolean };
}
