// The wire variants of the other api.ai clients (docs/protocols/apiai.md §3.1, §5, §8), sent as raw HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAgentContent } from '../agent/replaceAgentContent.js';
import { demoAgent } from '../demo/demoAgent.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await replaceAgentContent(t.services, t.agentId, demoAgent);
});
afterAll(async () => t.close());

interface Answer {
  sessionId: string;
  result: { action: string; parameters: Record<string, unknown>; metadata: Record<string, string>; resolvedQuery: string };
  status: { code: number; errorType: string; errorDetails?: string };
}

async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  const response = await t.app.inject({ method: 'POST', url, headers: { ...t.clientHeaders, ...headers }, payload: payload as string });
  return { statusCode: response.statusCode, body: response.json<Answer>() };
}

describe('query variants', () => {
  it('docs/protocols/apiai.md JS: {q, lang} to /v1/query/ with the subscription key, name contexts and GMT+6', async () => {
    const { statusCode, body } = await post(
      '/v1/query/',
      { q: 'What about Washington', lang: 'en', contexts: ['weather', 'local'], timezone: 'GMT+6' },
      { 'ocp-apim-subscription-key': 'subscription', 'content-type': 'application/json; charset=utf-8' },
    );
    expect(statusCode).toBe(200);
    expect(body.result).toMatchObject({ action: 'weatherForecast', parameters: { cityLocation: 'Washington, DC' } });
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET with query, contexts, location and an event as e=', async () => {
    const text = await t.app.inject({
      method: 'GET',
      url: '/v1/query?query=What%20about%20Washington&v=20150910&sessionId=get-1&lang=en&contexts=weather&latitude=37.4&longitude=-122.1',
      headers: t.clientHeaders,
    });
    expect(text.json<Answer>().result).toMatchObject({ action: 'weatherForecast', parameters: { cityLocation: 'Washington, DC' } });
    const event = await t.app.inject({ method: 'GET', url: '/v1/query?e=WELCOME&v=20150910&sessionId=get-2', headers: t.clientHeaders });
    expect(event.json<Answer>().result).toMatchObject({ action: 'input.welcome', resolvedQuery: 'WELCOME' });
  });

  it('JAVA: sessionId in the query string and ASR alternatives with confidences', async () => {
    const { body } = await post('/v1/query?v=20150910&sessionId=java-1', { query: ['forecast four dc', 'Forecast for DC'], confidence: [0.3, 0.9], lang: 'en' });
    expect(body.sessionId).toBe('java-1');
    expect(body.result).toMatchObject({ resolvedQuery: 'Forecast for DC', action: 'weatherForecast' });
  });

  it('PY: null entities, devMode header, +0000 time zone, events', async () => {
    const { body } = await post(
      '/v1/query?v=20150910',
      { event: { name: 'WELCOME', data: {} }, sessionId: 'py-1', lang: 'en', entities: null, timezone: '+0000', resetContexts: false },
      { devMode: 'true' },
    );
    expect(body.result.action).toBe('input.welcome');
  });

  it('GO: empty objects for unset structs', async () => {
    const { body } = await post('/v1/query?v=20150910', {
      query: 'Forecast for DC',
      sessionId: 'go-1',
      lang: 'en',
      event: {},
      location: {},
      originalRequest: {},
      contexts: null,
      timezone: '',
    });
    expect(body.result.action).toBe('weatherForecast');
  });

  it('JS SDK: only Authorization and a JSON body with the call options', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/query?v=20150910',
      headers: { authorization: `Bearer ${t.clientToken}`, 'content-type': 'application/json; charset=utf-8' },
      payload: { query: 'turn on the lights', lang: 'en', sessionId: 'js-1', resetContexts: true },
    });
    expect(response.json<Answer>().result).toMatchObject({ action: 'setAppliance', parameters: { appliance: 'Lights', state: 'on' } });
  });

  it('answers an older protocol version with status 200 deprecated in the current shape', async () => {
    const { body } = await post('/v1/query?v=20150204', { query: 'Forecast for DC', sessionId: 'old' });
    expect(body.status).toEqual({ code: 200, errorType: 'deprecated' });
    expect(body.result.action).toBe('weatherForecast');
  });

  it('reads a multipart request without voice', async () => {
    const boundary = 'SwA1234SwA';
    const payload = [`--${boundary}`, 'Content-Disposition: form-data; name="request"', 'Content-Type: application/json', '', JSON.stringify({ query: 'Forecast for DC', sessionId: 'mp-1' }), `--${boundary}--`, ''].join('\r\n');
    const { body } = await post('/v1/query?v=20150910', payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(body.result.action).toBe('weatherForecast');
  });
});

describe('query errors', () => {
  it('a missing query, an empty sessionId, a long query and wrong types are 400s', async () => {
    const missing = await post('/v1/query', { sessionId: 's', lang: 'en' });
    expect(missing).toMatchObject({ statusCode: 400, body: { status: { code: 400, errorType: 'bad_request', errorDetails: 'Json request query property is missing' } } });
    const empty = await post('/v1/query', { query: 'hi', sessionId: '' });
    expect(empty.body.status.errorDetails).toBe("Required 'sessionId' parameter is empty.");
    const long = await post('/v1/query', { query: 'a'.repeat(300), sessionId: 's' });
    expect(long.statusCode).toBe(400);
    const wrongType = await post('/v1/query', { query: 'hi', sessionId: 's', contexts: 5 });
    expect(wrongType).toMatchObject({ statusCode: 400, body: { status: { errorType: 'bad_request' } } });
  });

  it('user entities must name developer entities', async () => {
    const unknown = await post('/v1/query', { query: 'hi', sessionId: 's', entities: [{ name: 'planet', entries: [{ value: 'Mars' }] }] });
    expect(unknown).toMatchObject({ statusCode: 400, body: { status: { errorDetails: "Entity 'planet' is not defined in the agent" } } });
  });
});

describe('/userEntities and /contexts variants', () => {
  it('JAVA: an array with ?sessionId=; PY: sessionId in each entity; both used by later queries', async () => {
    const java = await post('/v1/userEntities?v=20150910&sessionId=ue-java', [{ name: 'city', entries: [{ value: 'Berlin', synonyms: ['Berlin'] }] }]);
    expect(java.statusCode).toBe(200);
    const replaced = await post('/v1/query', { query: 'Forecast for Berlin', sessionId: 'ue-java' });
    expect(replaced.body.result.parameters).toMatchObject({ cityLocation: 'Berlin' });
    const notExtended = await post('/v1/query', { query: 'Forecast for DC', sessionId: 'ue-java' });
    expect(notExtended.body.result.action).not.toBe('weatherForecast');

    const py = await post('/v1/userEntities', [{ name: 'city', sessionId: 'ue-py', extend: true, entries: [{ value: 'Rome', synonyms: ['Rome'] }] }]);
    expect(py.statusCode).toBe(200);
    const read = await t.app.inject({ method: 'GET', url: '/v1/userEntities/city?sessionId=ue-py', headers: t.clientHeaders });
    expect(read.json()).toMatchObject({ name: 'city', extend: true, entries: [{ value: 'Rome', synonyms: ['Rome'] }] });
    const deleted = await t.app.inject({ method: 'DELETE', url: '/v1/userEntities/city?sessionId=ue-py', headers: t.clientHeaders });
    expect(deleted.statusCode).toBe(200);
    const gone = await t.app.inject({ method: 'GET', url: '/v1/userEntities/city?sessionId=ue-py', headers: t.clientHeaders });
    expect(gone.statusCode).toBe(404);
  });

  it('rejects unknown entity names and empty lists', async () => {
    const wrong = await post('/v1/userEntities', { sessionId: 's', entities: [{ name: 'nope', entries: [{ value: 'x' }] }] });
    expect(wrong.statusCode).toBe(400);
    const empty = await post('/v1/userEntities', { sessionId: 's', entities: [] });
    expect(empty.statusCode).toBe(400);
  });

  it('sets contexts from a bare array, a {contexts} object or one context, sent as JSON of any content type', async () => {
    const forms: [unknown, Record<string, string>][] = [
      [[{ name: 'bare' }], {}],
      [{ contexts: [{ name: 'wrapped', lifespan: 3 }] }, {}],
      [{ name: 'single' }, { 'content-type': 'text/plain' }],
    ];
    for (const [body, headers] of forms) {
      const response = await t.app.inject({ method: 'POST', url: '/v1/contexts?sessionId=ctx-forms', headers: { ...t.clientHeaders, ...headers }, payload: JSON.stringify(body) });
      expect(response.statusCode, JSON.stringify(body)).toBe(200);
    }
    const list = await t.app.inject({ method: 'GET', url: '/v1/contexts?sessionId=ctx-forms', headers: t.clientHeaders });
    expect(list.json<{ name: string }[]>().map((context) => context.name).sort()).toEqual(['bare', 'single', 'wrapped']);
  });

  it('reads and deletes one context; an unknown one is a 404 in the api.ai shape', async () => {
    await post('/v1/contexts?sessionId=ctx-1', [{ name: 'weather', lifespan: 2 }]);
    const one = await t.app.inject({ method: 'GET', url: '/v1/contexts/weather?sessionId=ctx-1', headers: t.clientHeaders });
    expect(one.json()).toEqual({ name: 'weather', parameters: {}, lifespan: 2 });
    const missing = await t.app.inject({ method: 'GET', url: '/v1/contexts/nothing?sessionId=ctx-1', headers: t.clientHeaders });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: { code: 404, errorType: 'not_found' } });
    const deleted = await t.app.inject({ method: 'DELETE', url: '/v1/contexts/weather?sessionId=ctx-1', headers: t.clientHeaders });
    expect(deleted.statusCode).toBe(200);
    const noSession = await t.app.inject({ method: 'GET', url: '/v1/contexts', headers: t.clientHeaders });
    expect(noSession.statusCode).toBe(400);
  });
});
