// The dialog engine's query result → the api.ai v1 (`v=20150910`) response (docs/protocols/apiai.md §4 and Decisions):
// the v1 `result` (@parley/apiai-agent's `resultJson`), ISO timestamps with milliseconds and `Z`, and the status object.
import { resultJson } from '@parley/apiai-agent';
import type { QueryResult } from '@parley/dialog-engine';
import type { ApiaiQueryResponse } from '@parley/protocol-types';
import type { Status } from './status.js';

interface QueryResponseMeta {
  id: string;
  timestamp: string;
  lang: string;
  sessionId: string;
  status: Status;
}

export function queryResponseJson(result: QueryResult, meta: QueryResponseMeta): ApiaiQueryResponse {
  return {
    id: meta.id,
    timestamp: meta.timestamp,
    lang: meta.lang,
    result: resultJson(result),
    status: { ...meta.status },
    sessionId: meta.sessionId,
  };
}
