// apiai-api under faults, on Postgres: an instance SIGKILLed under write load loses no acknowledged write and the
// survivor keeps serving; SIGTERM drains an in-flight request and exits 0; lost database connections give clear
// errors, never a hang or a crash, and the instance recovers on its own.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, clientHeaders, createFruitAgent, developer, spawnApiai } from '../harness/apiaiAgent.js';
import { dropConnections } from '../harness/dropConnections.js';
import { refusesConnections } from '../harness/http.js';
import { adminUrl, needsPostgres, scratchDatabase } from '../harness/scratchDatabase.js';
import { startSlowRequest } from '../harness/slowRequest.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep, startWriteLoad } from '../harness/writeLoad.js';

type Write = { kind: 'intent'; id: string; name: string } | { kind: 'entity'; name: string } | { kind: 'context'; session: string };

/** Write n: an intent, an entity or a session context, in turn. */
async function write(base: string, n: number): Promise<Write | undefined> {
  if (n % 3 === 0) {
    const name = `load intent ${n}`;
    const answer = await developer(base, '/v1/intents', { body: { name, templates: [`load phrase ${n}`] }, timeoutMs: 10_000 });
    return answer.status === 200 ? { kind: 'intent', id: (answer.json as { id: string }).id, name } : undefined;
  }
  if (n % 3 === 1) {
    const name = `loadentity${n}`;
    const answer = await developer(base, '/v1/entities', { body: { name, entries: [{ value: `v${n}`, synonyms: [`v${n}`] }] }, timeoutMs: 10_000 });
    return answer.status === 200 ? { kind: 'entity', name } : undefined;
  }
  const session = `load-${n}`;
  const answer = await client(base, `/v1/contexts?sessionId=${session}`, { body: [{ name: 'loaded', lifespan: 5 }], timeoutMs: 10_000 });
  return answer.status === 200 ? { kind: 'context', session } : undefined;
}

async function isStored(base: string, written: Write): Promise<boolean> {
  if (written.kind === 'intent') return (await developer(base, `/v1/intents/${written.id}`)).status === 200;
  if (written.kind === 'entity') return (await developer(base, `/v1/entities/${written.name}`)).status === 200;
  const contexts = (await client(base, `/v1/contexts?sessionId=${written.session}`)).json as { name: string }[];
  return contexts.some((context) => context.name === 'loaded');
}

describe.skipIf(adminUrl === undefined)(`apiai-api: faults (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  const started: SpawnedApp[] = [];
  const spawn = async () => {
    const instance = await spawnApiai(database.url);
    started.push(instance);
    return instance;
  };

  beforeAll(async () => {
    database = await scratchDatabase('apiai_faults');
  });
  afterAll(async () => {
    await Promise.all(started.map((instance) => instance.stop('SIGKILL')));
    await database?.drop();
  });

  it('loses no acknowledged write when an instance is SIGKILLed under load, and the survivor keeps serving', async () => {
    const [victim, survivor] = [await spawn(), await spawn()];
    await createFruitAgent(survivor.url);
    let alive = [victim.url, survivor.url];
    const load = startWriteLoad(() => alive, 6, write);
    await Promise.all([sleep(1500), load.untilAcknowledged(11)]);
    victim.process.kill('SIGKILL');
    alive = [survivor.url];
    await Promise.all([sleep(1500), load.untilAcknowledged(load.acknowledged.length + 11)]);
    await load.stop();
    expect(await victim.exited).toBeNull();

    expect(load.acknowledged.length).toBeGreaterThan(20);
    const lost: Write[] = [];
    for (const written of load.acknowledged) if (!(await isStored(survivor.url, written))) lost.push(written);
    expect(lost).toEqual([]);
    const query = await client(survivor.url, '/v1/query', { body: { query: 'I want apples', sessionId: 'after-kill', lang: 'en' } });
    expect(query.json).toMatchObject({ result: { action: 'want_fruit' } });
  });

  it('drains an in-flight request on SIGTERM, refuses new connections, and exits 0', async () => {
    const instance = await spawn();
    await createFruitAgent(instance.url).catch(() => undefined);
    const slow = startSlowRequest(`${instance.url}/v1/query?v=20150910`, JSON.stringify({ query: 'I want pear', sessionId: 'drain', lang: 'en' }), clientHeaders);
    await sleep(300);
    instance.process.kill('SIGTERM');
    expect(await refusesConnections(`${instance.url}/healthz`)).toBe(true);
    slow.finish();
    const answer = await slow.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ result: { action: 'want_fruit', parameters: { fruit: 'pear' } } });
    expect(await instance.exited).toBe(0);
  });

  // Queries, reads and agent writes while the connections are cut: a write during a cut once crashed the process (an
  // unhandled rejection after "rebuilding the agent failed"), so writes are part of the load.
  it('answers clear errors while its database connections are cut, and recovers by itself', async () => {
    const instance = await spawn();
    await createFruitAgent(instance.url).catch(() => undefined);
    expect((await client(instance.url, '/v1/query', { body: { query: 'I want apples', sessionId: 'warm', lang: 'en' } })).status).toBe(200);
    const statuses: number[] = [];
    const unclear: string[] = [];
    const until = Date.now() + 2500;
    let n = 0;
    while (Date.now() < until) {
      await dropConnections(adminUrl as string, database.url);
      const kind = n++ % 3;
      const answer = kind === 0
        ? await client(instance.url, '/v1/query', { body: { query: 'I want apples', sessionId: `cut-${n}`, lang: 'en' }, timeoutMs: 10_000 })
        : kind === 1
          ? await developer(instance.url, '/v1/intents', { timeoutMs: 10_000 })
          : await developer(instance.url, '/v1/entities/fruit/entries', { body: [{ value: `cut${n}`, synonyms: [`cut${n}`] }], timeoutMs: 10_000 });
      statuses.push(answer.status);
      const body = answer.json as { status?: { code?: number; errorType?: string } } | undefined;
      if (answer.status !== 200 && (body?.status?.code !== answer.status || body.status.errorType === undefined)) unclear.push(`${answer.status} ${answer.text}`);
    }
    expect(unclear).toEqual([]);
    expect(instance.process.exitCode).toBeNull();

    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      const query = await client(instance.url, '/v1/query', { body: { query: 'I want apples', sessionId: 'recovered', lang: 'en' } });
      recovered = query.status === 200;
      if (!recovered) await sleep(250);
    }
    expect(recovered).toBe(true);
    expect((await developer(instance.url, '/v1/entities', { body: { name: 'afterthecut', entries: [{ value: 'b', synonyms: ['b'] }] } })).status).toBe(200);
    console.log(`apiai-api during connection cuts: ${JSON.stringify(countBy(statuses))}`);
  });
});

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
