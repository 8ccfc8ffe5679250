// api.ai's two keys (docs/protocols/apiai.md §1): the client access token queries, only the developer access token
// manages intents and entities; a missing, malformed or unknown token is a 401 and changes nothing; on one
// database, one agent's tokens never reach another agent's content.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, clientHeaders, createFruitAgent, developer, developerHeaders, spawnApiai } from '../harness/apiaiAgent.js';
import { http } from '../harness/http.js';
import { adminUrl, needsPostgres, scratchDatabase, scratchDatabaseIfAvailable } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

const managementCalls = [
  { method: 'GET', path: '/v1/intents' },
  { method: 'POST', path: '/v1/intents', body: { name: 'sneaky', templates: ['sneak in'] } },
  { method: 'GET', path: '/v1/entities' },
  { method: 'POST', path: '/v1/entities', body: { name: 'sneaky', entries: [{ value: 'x', synonyms: ['x'] }] } },
  { method: 'PUT', path: '/v1/entities/fruit', body: { name: 'fruit', entries: [{ value: 'x', synonyms: ['x'] }] } },
  { method: 'DELETE', path: '/v1/entities/fruit' },
  { method: 'GET', path: '/v1/agent/export' },
];

describe('apiai-api: developer and client tokens', () => {
  let storage: ScratchDatabase | undefined;
  let app: SpawnedApp;

  beforeAll(async () => {
    storage = await scratchDatabaseIfAvailable('apiai_tokens');
    app = await spawnApiai(storage?.url);
    await createFruitAgent(app.url);
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.drop();
  });

  const snapshot = async () => [
    (await developer(app.url, '/v1/intents')).json,
    (await developer(app.url, '/v1/entities/fruit')).json,
  ];

  it('refuses the client token on every management route, changing nothing', async () => {
    const before = await snapshot();
    for (const call of managementCalls) {
      const answer = await client(app.url, call.path, { method: call.method, body: call.body });
      expect(answer.status, `${call.method} ${call.path}`).toBe(401);
      expect(answer.json).toMatchObject({ status: { code: 401, errorType: 'unauthorized' } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('accepts the developer token on those routes', async () => {
    expect((await developer(app.url, '/v1/intents')).status).toBe(200);
    expect((await developer(app.url, '/v1/entities')).status).toBe(200);
  });

  it('lets the client token query, set contexts and user entities', async () => {
    const query = await client(app.url, '/v1/query', { body: { query: 'I want pear', sessionId: 'tokens', lang: 'en' } });
    expect(query.json).toMatchObject({ result: { action: 'want_fruit', parameters: { fruit: 'pear' } } });
    expect((await client(app.url, '/v1/contexts?sessionId=tokens', { body: [{ name: 'c1' }] })).status).toBe(200);
  });

  it('answers 401 to a missing, malformed or unknown token on every route', async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Bearer' },
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      { authorization: `Bearer ${'0'.repeat(32)}` },
      { authorization: `${clientHeaders.authorization}x` },
      { authorization: developerHeaders.authorization.slice(0, -1) },
      { 'ocp-apim-subscription-key': clientHeaders.authorization.slice('Bearer '.length) },
    ];
    for (const headers of variants) {
      for (const path of ['/v1/query?query=hello&sessionId=x&v=20150910', '/v1/intents?v=20150910', '/v1/contexts?sessionId=x&v=20150910']) {
        const answer = await http(`${app.url}${path}`, { headers });
        expect(answer.status, `${JSON.stringify(headers)} ${path}`).toBe(401);
      }
    }
  });
});

describe.skipIf(adminUrl === undefined)(`apiai-api: two agents on one database (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  let first: SpawnedApp;
  let second: SpawnedApp;
  const otherDeveloper = { authorization: 'Bearer other-developer-token-0123456789' };
  const otherClient = { authorization: 'Bearer other-client-token-0123456789ab' };

  beforeAll(async () => {
    database = await scratchDatabase('apiai_tenants');
    first = await spawnApiai(database.url);
    second = await spawnApiai(database.url, {
      APIAI_DEVELOPER_TOKEN: otherDeveloper.authorization.slice(7),
      APIAI_CLIENT_TOKEN: otherClient.authorization.slice(7),
    });
    await createFruitAgent(first.url);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it("never shows or matches one agent's content with the other agent's tokens", async () => {
    const intents = await http(`${first.url}/v1/intents?v=20150910`, { headers: otherDeveloper });
    expect(intents.json).toEqual([]);
    expect((await http(`${first.url}/v1/entities/fruit?v=20150910`, { headers: otherDeveloper })).status).toBe(404);
    const query = await http(`${second.url}/v1/query?v=20150910`, {
      headers: otherClient,
      body: { query: 'I want apples', sessionId: 'tenant', lang: 'en' },
    });
    expect(query.json).not.toMatchObject({ result: { action: 'want_fruit' } });
  });

  it("keeps one agent's sessions from the other's, even with the same sessionId", async () => {
    await client(first.url, '/v1/contexts?sessionId=shared', { body: [{ name: 'private-context' }] });
    const seen = await http(`${second.url}/v1/contexts?sessionId=shared&v=20150910`, { headers: otherClient });
    expect(seen.json).toEqual([]);
  });
});
