// /openapi.json, and every kind of answer of this server checked against the api.ai schemas it names.
import { schemas, type SchemaName } from '@parley/protocol-types';
import { Compile } from 'typebox/compile';
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

function expectSchema(name: SchemaName, value: unknown): void {
  const check = Compile(schemas[name]);
  const errors = check.Check(value) ? [] : [...check.Errors(value)].map((error) => JSON.stringify(error));
  expect(errors, name).toEqual([]);
}

describe('/openapi.json', () => {
  it('describes every route with components that resolve', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/query', '/v1/entities', '/v1/intents/{iid}', '/v1/contexts', '/v1/userEntities']));
    const refs = [...JSON.stringify(document.paths).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1] ?? '');
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty([name]);
  });
});

describe('answers match the protocol-types schemas', () => {
  const get = async (url: string, headers: Record<string, string>) => (await t.app.inject({ method: 'GET', url, headers })).json<unknown>();

  it('query, context and error answers', async () => {
    const query = await t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { query: 'Forecast for DC', sessionId: 'schema' } });
    expectSchema('apiai.QueryResponse', query.json());
    const fallback = await t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { query: 'blah', sessionId: 'schema' } });
    expectSchema('apiai.QueryResponse', fallback.json());
    expectSchema('apiai.ContextList', await get('/v1/contexts?sessionId=schema', t.clientHeaders));
    const error = await t.app.inject({ method: 'POST', url: '/v1/query', headers: t.clientHeaders, payload: { sessionId: 'schema' } });
    expectSchema('apiai.StatusResponse', error.json());
  });

  it('entity and intent answers', async () => {
    const entities = await get('/v1/entities', t.developerHeaders);
    expectSchema('apiai.EntityList', entities);
    expectSchema('apiai.Entity', await get('/v1/entities/city', t.developerHeaders));
    const intents = await get('/v1/intents', t.developerHeaders);
    expectSchema('apiai.IntentList', intents);
    const [first] = intents as { id: string }[];
    expectSchema('apiai.Intent', await get(`/v1/intents/${first?.id ?? ''}`, t.developerHeaders));
    const created = await t.app.inject({ method: 'POST', url: '/v1/entities', headers: t.developerHeaders, payload: { name: 'color', entries: [{ value: 'red' }] } });
    expectSchema('apiai.StatusResponse', created.json());
  });
});
