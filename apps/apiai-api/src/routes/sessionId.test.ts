import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const long = 'x'.repeat(3000);

describe('sessionId length', () => {
  it('answers 400 for a 3,000-character sessionId on /query and /contexts', async () => {
    const query = await t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { query: 'hi', sessionId: long, lang: 'en' } });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request' } });
    const contexts = await t.app.inject({ method: 'POST', url: `/v1/contexts?sessionId=${long}`, headers: t.clientHeaders, payload: [{ name: 'basket' }] });
    expect(contexts.statusCode).toBe(400);
    expect(contexts.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request' } });
  });

  it('accepts 36 characters', async () => {
    const answer = await t.app.inject({ method: 'POST', url: `/v1/contexts?sessionId=${'y'.repeat(36)}`, headers: t.clientHeaders, payload: [{ name: 'basket' }] });
    expect(answer.statusCode).toBe(200);
  });
});
