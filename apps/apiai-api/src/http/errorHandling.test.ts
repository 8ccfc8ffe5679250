import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ bodyLimit: 4096 });
});
afterAll(async () => t.close());

describe('errors in the api.ai shape', () => {
  it('answers bad JSON with 400 bad_request', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: { ...t.developerHeaders, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ id: string; timestamp: string; status: Record<string, unknown> }>();
    expect(body.status).toMatchObject({ code: 400, errorType: 'bad_request' });
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(typeof body.id).toBe('string');
    expect(body.status.errorId).toBe(response.headers['x-request-id']);
  });

  it('answers an oversized body with 400, not 413 or 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/intents',
      headers: { ...t.developerHeaders, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(10000) }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request', errorDetails: 'Request body is too large' } });
  });

  it('answers unknown URIs with 404 and wrong methods with 405', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: { code: 404, errorType: 'not_found' } });
    const wrongMethod = await t.app.inject({ method: 'PATCH', url: '/v1/intents', headers: t.developerHeaders });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.json()).toMatchObject({ status: { code: 405, errorType: 'not_allowed' } });
  });

  it('reads JSON sent as a form (curl -d) and accepts the subscription key header', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/entities',
      headers: { ...t.developerHeaders, 'content-type': 'application/x-www-form-urlencoded', 'ocp-apim-subscription-key': 'anything' },
      payload: JSON.stringify({ name: 'color', entries: [{ value: 'red' }] }),
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('CORS', () => {
  it('answers a preflight allowing the SDK headers', async () => {
    const response = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/query?v=20150910',
      headers: {
        origin: 'https://bot.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,api-request-source',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://bot.example');
    const allowed = String(response.headers['access-control-allow-headers']).toLowerCase();
    for (const header of ['authorization', 'content-type', 'accept', 'api-request-source', 'ocp-apim-subscription-key']) {
      expect(allowed).toContain(header);
    }
  });

  it('adds CORS headers to errors too', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/intents', headers: { origin: 'https://bot.example' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBe('https://bot.example');
  });
});
