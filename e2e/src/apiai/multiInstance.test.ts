// Two apiai-api processes on one Postgres database behind an imaginary load balancer: whatever one instance
// acknowledged, the other honours (agent content, contexts, user entities), and simultaneous changes of one session
// or one entity through both instances are all kept.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createFruitAgent, developer, spawnApiai } from '../harness/apiaiAgent.js';
import { adminUrl, needsPostgres, scratchDatabase } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

describe.skipIf(adminUrl === undefined)(`apiai-api: two instances on one Postgres (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  let a: SpawnedApp;
  let b: SpawnedApp;

  beforeAll(async () => {
    database = await scratchDatabase('apiai_multi');
    a = await spawnApiai(database.url);
    b = await spawnApiai(database.url);
    await createFruitAgent(a.url);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('matches on B an intent and entity created through A', async () => {
    const answer = await client(b.url, '/v1/query', { body: { query: 'I want apples', sessionId: 'multi-1', lang: 'en' } });
    expect(answer.json).toMatchObject({ result: { action: 'want_fruit', parameters: { fruit: 'apple' } } });
  });

  it('honours on B the user entities set through A, for that session only', async () => {
    const set = await client(a.url, '/v1/userEntities', {
      body: { sessionId: 'multi-2', entities: [{ name: 'fruit', extend: true, entries: [{ value: 'durian', synonyms: ['durian'] }] }] },
    });
    expect(set.status).toBe(200);
    const fetched = await client(b.url, '/v1/userEntities/fruit?sessionId=multi-2');
    expect(fetched.json).toMatchObject({ name: 'fruit', extend: true, entries: [{ value: 'durian' }] });
    const query = await client(b.url, '/v1/query', { body: { query: 'I want durian', sessionId: 'multi-2', lang: 'en' } });
    expect(query.json).toMatchObject({ result: { action: 'want_fruit', parameters: { fruit: 'durian' } } });
    const otherSession = await client(b.url, '/v1/query', { body: { query: 'I want durian', sessionId: 'multi-3', lang: 'en' } });
    expect(otherSession.json).not.toMatchObject({ result: { parameters: { fruit: 'durian' } } });
  });

  it('lists on B the contexts set through A, and deleting them through B clears them for A', async () => {
    const set = await client(a.url, '/v1/contexts?sessionId=multi-4', { body: [{ name: 'basket', lifespan: 3, parameters: { size: 'large' } }] });
    expect(set.status).toBe(200);
    const listed = await client(b.url, '/v1/contexts?sessionId=multi-4');
    expect(listed.json).toEqual([expect.objectContaining({ name: 'basket', lifespan: 3, parameters: expect.objectContaining({ size: 'large' }) })]);
    expect((await client(b.url, '/v1/contexts?sessionId=multi-4', { method: 'DELETE' })).status).toBe(200);
    expect((await client(a.url, '/v1/contexts?sessionId=multi-4')).json).toEqual([]);
  });

  it('carries a query context from one instance to the next query on the other', async () => {
    const intent = await developer(a.url, '/v1/intents', {
      body: {
        name: 'pay for it',
        contexts: ['basket'],
        templates: ['pay now'],
        responses: [{ action: 'pay', parameters: [{ name: 'size', value: '#basket.size' }] }],
      },
    });
    expect(intent.status).toBe(200);
    await client(a.url, '/v1/contexts?sessionId=multi-5', { body: [{ name: 'basket', lifespan: 2, parameters: { size: 'small' } }] });
    const paid = await client(b.url, '/v1/query', { body: { query: 'pay now', sessionId: 'multi-5', lang: 'en' } });
    expect(paid.json).toMatchObject({ result: { action: 'pay', parameters: { size: 'small' } } });
    const noBasket = await client(a.url, '/v1/query', { body: { query: 'pay now', sessionId: 'multi-6', lang: 'en' } });
    expect(noBasket.json).not.toMatchObject({ result: { action: 'pay' } });
  });

  const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

  it('keeps all of 20 contexts posted at once to one session through both instances', async () => {
    const answers = await Promise.all(
      range(20).map((index) => client(index % 2 === 0 ? a.url : b.url, '/v1/contexts?sessionId=multi-race', { body: [{ name: `race${index}`, lifespan: 5 }] })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(range(20).map(() => 200));
    const listed = (await client(a.url, '/v1/contexts?sessionId=multi-race')).json as { name: string }[];
    expect(listed.map((context) => context.name).sort()).toEqual(range(20).map((index) => `race${index}`).sort());
  });

  it('keeps all of 20 entries added at once to one entity through both instances', async () => {
    const before = ((await developer(a.url, '/v1/entities/fruit')).json as { entries: unknown[] }).entries.length;
    const answers = await Promise.all(
      range(20).map((index) =>
        developer(index % 2 === 0 ? a.url : b.url, '/v1/entities/fruit/entries', { body: [{ value: `extra${index}`, synonyms: [`extra${index}`] }] }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(range(20).map(() => 200));
    const after = (await developer(b.url, '/v1/entities/fruit')).json as { entries: unknown[] };
    expect(after.entries).toHaveLength(before + 20);
  });
});
