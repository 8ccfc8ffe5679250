import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerHealthCheck, type Queryable } from './healthCheck.js';

const answering: Queryable = { execute: () => Promise.resolve([{ '?column?': 1 }]) };
const refusing: Queryable = { execute: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })) };
const hanging: Queryable = { execute: () => new Promise<never>(() => undefined) };

async function health(options: Parameters<typeof registerHealthCheck>[1]) {
  const app = Fastify();
  registerHealthCheck(app, options);
  const response = await app.inject('/healthz');
  await app.close();
  return { status: response.statusCode, body: response.json<unknown>() };
}

describe('registerHealthCheck', () => {
  it('answers 200 {"status":"ok"} when select 1 succeeds, and sends select 1', async () => {
    const sent: string[] = [];
    const db: Queryable = {
      execute: (query) => {
        sent.push(JSON.stringify(query.queryChunks));
        return answering.execute(query);
      },
    };
    expect(await health({ db })).toEqual({ status: 200, body: { status: 'ok' } });
    expect(sent.join()).toContain('select 1');
  });

  it('answers 503 when the database refuses', async () => {
    expect(await health({ db: refusing })).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
  });

  it('answers 503 when the database does not answer in time', async () => {
    expect(await health({ db: hanging, timeoutMs: 50 })).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
  });

  it('renders the 503 body in the app’s own shape', async () => {
    const answer = await health({ db: refusing, unavailableBody: (reason, request) => ({ error: reason, id: typeof request.id }) });
    expect(answer).toEqual({ status: 503, body: { error: 'database unreachable', id: 'string' } });
  });
});
