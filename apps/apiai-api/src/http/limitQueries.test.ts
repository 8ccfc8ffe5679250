import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp | undefined;
afterEach(async () => t?.close());

const query = (app: TestApp) =>
  app.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: app.clientHeaders, payload: { query: 'hello', sessionId: 'rate', lang: 'en' } });

describe('query rate limit', () => {
  it('answers 429 in api.ai shape past the limit', async () => {
    t = await startTestApp({ queriesPerMinute: 2 });
    expect((await query(t)).statusCode).toBe(200);
    expect((await query(t)).statusCode).toBe(200);
    const limited = await query(t);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ status: { code: 429, errorType: 'too_many_requests' } });
  });

  it('is off with 0', async () => {
    t = await startTestApp({ queriesPerMinute: 0 });
    for (let index = 0; index < 4; index++) expect((await query(t)).statusCode).toBe(200);
  });
});
