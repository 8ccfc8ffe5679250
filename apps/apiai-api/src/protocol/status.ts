// api.ai's status object and the envelopes built around it (docs/protocols/apiai.md "Status object"; docs/protocols/apiai.md §2, §4.1).
import { randomUUID } from 'node:crypto';
import type { ApiaiStatus, ApiaiStatusResponse } from '@parley/protocol-types';
import type { ApiAiError } from '../http/ApiAiError.js';

/** `webhookTimedOut` is set when a webhook call failed (the answer is then the agent's own, with 206 partial_content). */
export type Status = ApiaiStatus;

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
export function writeResult(id?: string): ApiaiStatusResponse {
  return { ...(id === undefined ? {} : { id }), status: successStatus() };
}

/** Body of a successful write that reports what it did (`{names, status}`, `{ids, status}`…). */
export function writeReport<Report extends object>(report: Report): Report & { status: Status } {
  return { ...report, status: successStatus() };
}
