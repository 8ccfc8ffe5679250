// api.ai's status object and the envelopes built around it (docs/protocols/apiai.md "Status object"; docs/protocols/apiai.md §2, §4.1).
import { randomUUID } from 'node:crypto';
import type { ApiAiError } from '../http/ApiAiError.js';

export interface Status {
  code: number;
  errorType: string;
  errorDetails?: string;
  errorId?: string;
  /** Set when a webhook call failed (the answer is then the agent's own, with status 206 partial_content). */
  webhookTimedOut?: boolean;
}

export const successStatus = (): Status => ({ code: 200, errorType: 'success' });

/** ISO-8601 UTC with milliseconds and `Z` (reference Decisions). */
export const timestamp = (now: Date = new Date()): string => now.toISOString();

/** Body of a failed request: `{id, timestamp, status}`; `errorId` lets an operator find the log line. */
export function errorBody(error: ApiAiError, errorId: string): { id: string; timestamp: string; status: Status } {
  return {
    id: randomUUID(),
    timestamp: timestamp(),
    status: { code: error.code, errorType: error.errorType, errorDetails: error.errorDetails, errorId },
  };
}

/** Body of a successful write: `{id?, status}`. */
export function writeResult(id?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(id === undefined ? {} : { id }), ...extra, status: successStatus() };
}
