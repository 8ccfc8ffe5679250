// Issue 20 item 4: a query carrying 30,000 contexts stalled every agent. Contexts per request and per session are
// capped (APIAI_MAX_CONTEXTS_PER_REQUEST, APIAI_MAX_CONTEXTS_PER_SESSION); past a cap the answer is api.ai's 400 and
// the session is left as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ dialog: { maxContextsPerRequest: 3, maxContextsPerSession: 5 } });
});
afterAll(async () => t.close());

const contexts = (count: number, prefix = 'c') => Array.from({ length: count }, (_, index) => ({ name: `${prefix}${index}`, lifespan: 5 }));
const setContexts = (sessionId: string, list: object[]) =>
  t.app.inject({ method: 'POST', url: `/v1/contexts?sessionId=${sessionId}&v=20150910`, headers: t.clientHeaders, payload: list });
const query = (sessionId: string, list: object[], extra: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { query: 'hello', sessionId, lang: 'en', contexts: list, ...extra } });
const active = async (sessionId: string) =>
  (await t.app.inject({ method: 'GET', url: `/v1/contexts?sessionId=${sessionId}&v=20150910`, headers: t.clientHeaders })).json<{ name: string }[]>().map((context) => context.name);

const perRequest = { status: { code: 400, errorType: 'bad_request', errorDetails: 'Too many contexts: at most 3 contexts may be set in one request.' } };
const perSession = { status: { code: 400, errorType: 'bad_request', errorDetails: 'Too many contexts: a session may hold at most 5 active contexts.' } };

describe('context limits', () => {
  it('refuses more contexts in one request than allowed, on /contexts and /query, and stores nothing', async () => {
    expect((await setContexts('limits-a', contexts(4))).json()).toMatchObject(perRequest);
    expect((await query('limits-a', contexts(4))).json()).toMatchObject(perRequest);
    expect(await active('limits-a')).toEqual([]);
  });

  it('refuses a request that leaves the session over its cap; the contexts already set stay', async () => {
    expect((await setContexts('limits-b', contexts(3))).statusCode).toBe(200);
    expect((await setContexts('limits-b', contexts(2, 'd'))).statusCode).toBe(200);
    expect((await query('limits-b', [{ name: 'e0' }])).json()).toMatchObject(perSession);
    expect((await setContexts('limits-b', [{ name: 'e0' }])).json()).toMatchObject(perSession);
    expect(await active('limits-b')).toEqual(['c0', 'c1', 'c2', 'd0', 'd1']);
    // Setting one again, removing one, or resetting first stays within the cap.
    expect((await setContexts('limits-b', [{ name: 'C0' }, { name: 'd1', lifespan: 0 }, { name: 'e0' }])).statusCode).toBe(200);
    expect((await query('limits-b', contexts(3, 'f'), { resetContexts: true })).statusCode).toBe(200);
  });

  it('answers a 30,000-context query with the 400, not a stall', async () => {
    const answer = await query('limits-c', contexts(30_000));
    expect(answer.json()).toMatchObject(perRequest);
    expect(await active('limits-c')).toEqual([]);
  });
});
