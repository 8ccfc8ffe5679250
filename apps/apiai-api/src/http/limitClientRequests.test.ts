import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp | undefined;
afterEach(async () => t?.close());

const query = (app: TestApp) =>
  app.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: app.clientHeaders, payload: { query: 'hello', sessionId: 'rate', lang: 'en' } });
const setContext = (app: TestApp) =>
  app.app.inject({ method: 'POST', url: '/v1/contexts?sessionId=rate&v=20150910', headers: app.clientHeaders, payload: [{ name: 'basket' }] });
const userEntities = (app: TestApp) =>
  app.app.inject({ method: 'GET', url: '/v1/userEntities/fruit?sessionId=rate&v=20150910', headers: app.clientHeaders });

// Each test starts its own app (the limit counts per app): generous time on a loaded machine.
describe('client rate limit', { timeout: 120_000 }, () => {
  it('answers 429 in api.ai shape past the limit', async () => {
    t = await startTestApp({ clientRequestsPerMinute: 2 });
    expect((await query(t)).statusCode).toBe(200);
    expect((await query(t)).statusCode).toBe(200);
    const limited = await query(t);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ status: { code: 429, errorType: 'too_many_requests' } });
  });

  it('covers /v1/contexts and /v1/userEntities too (issue 20: /contexts was unlimited)', async () => {
    t = await startTestApp({ clientRequestsPerMinute: 2 });
    for (let index = 0; index < 2; index++) expect((await setContext(t)).statusCode).toBe(200);
    expect((await setContext(t)).json()).toMatchObject({ status: { code: 429, errorType: 'too_many_requests' } });
    expect((await userEntities(t)).statusCode).toBe(429);
    expect((await query(t)).statusCode).toBe(429);
  });

  it('is off with 0', async () => {
    t = await startTestApp({ clientRequestsPerMinute: 0 });
    for (let index = 0; index < 4; index++) expect((await query(t)).statusCode).toBe(200);
    for (let index = 0; index < 4; index++) expect((await setContext(t)).statusCode).toBe(200);
  });
});
