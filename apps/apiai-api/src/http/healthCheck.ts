// GET /healthz (@parley/server-kit): 200 {"status":"ok"} when `select 1` answers within 2 s; otherwise 503 with
// api.ai's error body, like every other failure of this server.
import { registerHealthCheck, type Queryable } from '@parley/server-kit';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../protocol/status.js';
import { serviceUnavailable } from './ApiAiError.js';

export function installHealthCheck(app: FastifyInstance, db: Queryable): void {
  registerHealthCheck(app, { db, unavailableBody: (reason, request) => errorBody(serviceUnavailable(`Service unavailable: ${reason}`), request.id) });
}
