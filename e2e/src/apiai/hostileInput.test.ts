// Property-based fuzzing of every JSON endpoint of apiai-api (fast-check, bounded runs): never a 5xx, a crash or
// a hang, and a refused request leaves the agent (intents, entities) and the session (contexts, user entities)
// as they were. The over-long `sessionId`/intent `name` and the deeply nested context `parameters` that once answered
// 500 are now refused with 400 by apiai-api. Injections are on: NUL bytes and control characters in every field, path
// parameter and query parameter, and duplicate parameters (query string, form body, JSON keys).
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, clientHeaders, createFruitAgent, developer, developerHeaders, spawnApiai } from '../harness/apiaiAgent.js';
import { fuzzEndpoint, type Endpoint } from '../harness/fuzzEndpoint.js';
import { http } from '../harness/http.js';
import { scratchDatabaseIfAvailable } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

const numRuns = Number(process.env.E2E_FUZZ_RUNS ?? 25);
/** The injection sweep sends up to ~150 requests per endpoint, each followed by a snapshot. */
const fuzzTimeoutMs = 180_000;
const session = 'fuzz-probe';
const entries = [{ value: 'kiwi', synonyms: ['kiwi', 'kiwis'] }];
const intentExample = {
  name: 'fuzzed intent',
  contexts: ['basket'],
  templates: ['buy @fruit:fruit now'],
  userSays: [{ data: [{ text: 'buy ' }, { text: 'kiwi', alias: 'fruit', meta: '@fruit' }], isTemplate: false }],
  responses: [{ action: 'buy', affectedContexts: [{ name: 'paid', lifespan: 2 }], parameters: [{ name: 'fruit', value: '$fruit', dataType: '@fruit' }], speech: 'ok' }],
  priority: 500000,
};

const clientEndpoints: Endpoint[] = [
  {
    method: 'POST',
    path: `/v1/query?v=20150910`,
    headers: clientHeaders,
    example: { query: 'I want apples', sessionId: 'fuzz-query', lang: 'en', timezone: 'Europe/Paris', contexts: [{ name: 'basket', lifespan: 2, parameters: { size: 'big' } }], entities: [{ name: 'fruit', entries }], resetContexts: false, location: { latitude: 1, longitude: 2 } },
  },
  { method: 'POST', path: `/v1/contexts?sessionId=${session}&v=20150910`, headers: clientHeaders, example: [{ name: 'basket', lifespan: 3, parameters: { size: 'big' } }] },
  { method: 'POST', path: `/v1/userEntities?sessionId=${session}&v=20150910`, headers: clientHeaders, example: { sessionId: session, entities: [{ name: 'fruit', extend: true, entries }] } },
  { method: 'PUT', path: `/v1/userEntities/fruit?sessionId=${session}&v=20150910`, headers: clientHeaders, pathSegments: ['fruit'], example: { name: 'fruit', extend: false, entries } },
  { method: 'GET', path: '/v1/query?query=I%20want%20apples&sessionId=fuzz-get&lang=en&contexts=basket&timezone=Europe%2FParis&latitude=1&longitude=2&v=20150910', headers: clientHeaders, example: undefined },
  { method: 'GET', path: `/v1/contexts?sessionId=${session}&v=20150910`, headers: clientHeaders, example: undefined },
  { method: 'GET', path: `/v1/contexts/basket?sessionId=${session}&v=20150910`, headers: clientHeaders, pathSegments: ['basket'], example: undefined },
  { method: 'DELETE', path: `/v1/contexts/gone?sessionId=${session}&v=20150910`, headers: clientHeaders, pathSegments: ['gone'], example: undefined },
  { method: 'DELETE', path: `/v1/contexts?sessionId=fuzz-other&v=20150910`, headers: clientHeaders, example: undefined },
  { method: 'GET', path: `/v1/userEntities/fruit?sessionId=${session}&v=20150910`, headers: clientHeaders, pathSegments: ['fruit'], example: undefined },
  { method: 'DELETE', path: `/v1/userEntities/gone?sessionId=${session}&v=20150910`, headers: clientHeaders, pathSegments: ['gone'], example: undefined },
];

const developerEndpoints: Endpoint[] = [
  { method: 'POST', path: '/v1/intents?v=20150910', headers: developerHeaders, example: intentExample },
  { method: 'POST', path: '/v1/entities?v=20150910', headers: developerHeaders, example: { name: 'veggie', entries } },
  { method: 'PUT', path: '/v1/entities?v=20150910', headers: developerHeaders, example: [{ name: 'veggie', entries }] },
  { method: 'PUT', path: '/v1/entities/fruit?v=20150910', headers: developerHeaders, pathSegments: ['fruit'], example: { name: 'fruit', entries: [...entries, { value: 'apple', synonyms: ['apple'] }] } },
  { method: 'POST', path: '/v1/entities/fruit/entries?v=20150910', headers: developerHeaders, pathSegments: ['fruit'], example: entries },
  { method: 'PUT', path: '/v1/entities/fruit/entries?v=20150910', headers: developerHeaders, pathSegments: ['fruit'], example: entries },
  { method: 'DELETE', path: '/v1/entities/fruit/entries?v=20150910', headers: developerHeaders, pathSegments: ['fruit'], example: ['no-such-value'] },
  { method: 'GET', path: '/v1/entities/fruit?v=20150910', headers: developerHeaders, pathSegments: ['fruit'], example: undefined },
  { method: 'DELETE', path: '/v1/entities/gone?v=20150910', headers: developerHeaders, pathSegments: ['gone'], example: undefined },
  { method: 'GET', path: '/v1/intents?v=20150910', headers: developerHeaders, example: undefined },
  { method: 'DELETE', path: '/v1/intents/gone?v=20150910', headers: developerHeaders, pathSegments: ['gone'], example: undefined },
  { method: 'GET', path: '/v1/agent/export?v=20150910', headers: developerHeaders, example: undefined },
  { method: 'POST', path: '/v1/agent/import?v=20150910', headers: developerHeaders, example: { agent: 'not a zip' } },
];

describe('apiai-api: hostile input', () => {
  let storage: ScratchDatabase | undefined;
  let app: SpawnedApp;
  let intentId: string;

  beforeAll(async () => {
    storage = await scratchDatabaseIfAvailable('apiai_fuzz');
    app = await spawnApiai(storage?.url);
    await createFruitAgent(app.url);
    const listed = (await developer(app.url, '/v1/intents')).json as { id: string }[];
    intentId = listed[0]?.id ?? '';
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.drop();
  });

  /** A read's body, or only its status for an error (error bodies carry fresh ids and timestamps). */
  const stable = (answer: { status: number; json: unknown }) => (answer.status === 200 ? answer.json : answer.status);

  /** The agent and the probe session, through the read routes. */
  async function snapshot(): Promise<unknown> {
    const intents = (await developer(app.url, '/v1/intents')).json as { id: string }[];
    const entities = (await developer(app.url, '/v1/entities')).json as { id: string }[];
    return {
      intents: await Promise.all(intents.map(async (intent) => (await developer(app.url, `/v1/intents/${intent.id}`)).json)),
      entities: await Promise.all(entities.map(async (entity) => (await developer(app.url, `/v1/entities/${entity.id}`)).json)),
      contexts: stable(await client(app.url, `/v1/contexts?sessionId=${session}`)),
      userEntity: stable(await client(app.url, `/v1/userEntities/fruit?sessionId=${session}`)),
    };
  }

  it.each([...clientEndpoints, ...developerEndpoints].map((endpoint) => [`${endpoint.method} ${endpoint.path.split('?')[0]}`, endpoint] as const))(
    '%s: no 5xx, no hang, refusals change nothing',
    async (_name, endpoint) => {
      await fuzzEndpoint(app.url, endpoint, { snapshot, numRuns, injections: true });
    },
    fuzzTimeoutMs,
  );

  it('PUT /v1/intents/:id: no 5xx, no hang, refusals change nothing', async () => {
    await fuzzEndpoint(app.url, { method: 'PUT', path: `/v1/intents/${intentId}?v=20150910`, headers: developerHeaders, example: intentExample }, { snapshot, numRuns, injections: true });
  }, fuzzTimeoutMs);

  it('GET /v1/intents/:id: no 5xx, no hang', async () => {
    await fuzzEndpoint(app.url, { method: 'GET', path: `/v1/intents/${intentId}?v=20150910`, headers: developerHeaders, pathSegments: [intentId], example: undefined }, { snapshot, numRuns, injections: true });
  }, fuzzTimeoutMs);

  it('refuses a body over the 1 MiB limit in api.ai\'s error shape (400 "Request body is too large") and stays up', async () => {
    const payload = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), query: 'x', sessionId: 's' });
    for (const [path, headers] of [['/v1/query?v=20150910', clientHeaders], ['/v1/intents?v=20150910', developerHeaders]] as const) {
      const answer = await http(`${app.url}${path}`, { headers, body: payload });
      expect(answer.json).toMatchObject({ status: { code: 400, errorType: 'bad_request', errorDetails: 'Request body is too large' } });
    }
    expect((await http(`${app.url}/healthz`)).json).toEqual({ status: 'ok' });
  });

  it('survived every run: the process is alive and still answers queries', async () => {
    expect(app.process.exitCode).toBeNull();
    const answer = await client(app.url, '/v1/query', { body: { query: 'I want pear', sessionId: 'after-fuzz', lang: 'en' } });
    expect(answer.status).toBe(200);
  });
});
