// apiai-api through a real Postgres restart: a private cluster (privatePostgres.ts) stopped with `pg_ctl stop -m
// fast` under a running instance and started again. While Postgres is down every request that needs it answers
// 503 service_unavailable in api.ai's shape at once, /healthz answers 503, and the process stays up; once Postgres
// is back the instance recovers by itself, and the writes acknowledged before the restart are still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createFruitAgent, developer, spawnApiai } from '../harness/apiaiAgent.js';
import { healthBecomes, http, type HttpAnswer } from '../harness/http.js';
import { privatePostgresMissing, startPrivatePostgres, type PrivatePostgres } from '../harness/privatePostgres.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

const query = (base: string, sessionId: string) => client(base, '/v1/query', { body: { query: 'I want apples', sessionId, lang: 'en' }, timeoutMs: 5000 });

describe.skipIf(privatePostgresMissing !== undefined)(`apiai-api: a real Postgres restart (${privatePostgresMissing ?? 'private cluster'})`, () => {
  let postgres: PrivatePostgres;
  let instance: SpawnedApp;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    instance = await spawnApiai(postgres.url);
  });
  afterAll(async () => {
    await instance?.stop('SIGKILL');
    await postgres?.destroy();
  });

  it('answers 503 in api.ai shape while Postgres is down, and recovers by itself with nothing lost', async () => {
    await createFruitAgent(instance.url);
    expect((await client(instance.url, '/v1/contexts?sessionId=before', { body: [{ name: 'kept', lifespan: 5 }] })).status).toBe(200);
    expect(await healthBecomes(instance.url, 200, 5000)).toBeGreaterThanOrEqual(0);

    await postgres.stop();
    const during: Record<string, HttpAnswer> = {
      query: await query(instance.url, 'during'),
      'list intents': await developer(instance.url, '/v1/intents', { timeoutMs: 5000 }),
      'create entity': await developer(instance.url, '/v1/entities', { body: { name: 'during', entries: [{ value: 'd', synonyms: ['d'] }] }, timeoutMs: 5000 }),
      'set contexts': await client(instance.url, '/v1/contexts?sessionId=during', { body: [{ name: 'lost', lifespan: 5 }], timeoutMs: 5000 }),
    };
    for (const [name, answer] of Object.entries(during)) {
      expect({ name, status: answer.status, body: answer.json }).toMatchObject({
        name, status: 503, body: { status: { code: 503, errorType: 'service_unavailable' } },
      });
    }
    const health = await http(`${instance.url}/healthz`, { timeoutMs: 5000 });
    expect(health.status).toBe(503);
    expect(health.json).toMatchObject({ status: { code: 503, errorType: 'service_unavailable', errorDetails: 'Service unavailable: database unreachable' } });
    expect(instance.process.exitCode).toBeNull();

    await postgres.start();
    const recoveredMs = await healthBecomes(instance.url, 200, 15_000);
    expect((await developer(instance.url, '/v1/entities', { body: { name: 'after', entries: [{ value: 'a', synonyms: ['a'] }] } })).status).toBe(200);
    expect((await query(instance.url, 'after')).json).toMatchObject({ result: { action: 'want_fruit', parameters: { fruit: 'apple' } } });
    const contexts = (await client(instance.url, '/v1/contexts?sessionId=before')).json as { name: string }[];
    expect(contexts.map((context) => context.name)).toContain('kept');
    expect(instance.process.exitCode).toBeNull();
    console.log(`apiai-api after a Postgres restart: /healthz 200 again ${recoveredMs} ms after Postgres was up`);
  });
});
