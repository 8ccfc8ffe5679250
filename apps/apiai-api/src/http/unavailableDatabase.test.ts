import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installErrorHandling } from './errorHandling.js';
import { installHealthCheck } from './healthCheck.js';

// An unreachable database (Postgres stopped, restarting, failing over) is answered 503 in api.ai's error shape,
// on /healthz and on any route whose query failed for that reason; other failures stay 500.
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

let app: FastifyInstance | undefined;
afterEach(async () => app?.close());

function appOver(reachable: boolean): FastifyInstance {
  app = Fastify();
  installErrorHandling(app);
  installHealthCheck(app, { execute: () => (reachable ? Promise.resolve([]) : Promise.reject(refused())) });
  app.get('/v1/intents', async () => {
    throw new Error('Failed query: select …', { cause: refused() });
  });
  app.get('/v1/entities', async () => {
    throw new Error('a bug');
  });
  app.get('/v1/contexts', async () => {
    throw new Error('Failed query: select pg_advisory_xact_lock(…)', { cause: Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }) });
  });
  return app;
}

describe('an unreachable database', () => {
  it('makes /healthz answer 503 with an api.ai status, and 200 {"status":"ok"} otherwise', async () => {
    expect((await appOver(true).inject('/healthz')).json()).toEqual({ status: 'ok' });
    await app?.close();
    const down = await appOver(false).inject('/healthz');
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: { code: 503, errorType: 'service_unavailable', errorDetails: 'Service unavailable: database unreachable' } });
  });

  it('turns a failed query into 503 service_unavailable, while other failures stay 500', async () => {
    const server = appOver(true);
    const failed = await server.inject('/v1/intents');
    expect(failed.statusCode).toBe(503);
    expect(failed.json()).toMatchObject({ status: { code: 503, errorType: 'service_unavailable' } });
    expect((await server.inject('/v1/entities')).json()).toMatchObject({ status: { code: 500, errorType: 'internal_server_error' } });
  });

  it('answers a lock wait that timed out (another instance busy with the same session) 503, saying so', async () => {
    const busy = await appOver(true).inject('/v1/contexts');
    expect(busy.statusCode).toBe(503);
    expect(busy.json()).toMatchObject({
      status: { code: 503, errorType: 'service_unavailable', errorDetails: 'Service busy: another change of this session or agent is still running, retry later' },
    });
  });
});
