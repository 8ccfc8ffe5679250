import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentNlu } from '@parley/apiai-agent';
import { buildApp } from './app.js';
import { openAppDb } from './db/openAppDb.js';
import { startTestApp, type TestApp } from './testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('concurrent writes through the HTTP API', () => {
  it('keeps all of 20 simultaneous context posts to one session', async () => {
    const answers = await Promise.all(
      range(20).map((index) =>
        t.app.inject({ method: 'POST', url: '/v1/contexts?sessionId=S', headers: t.clientHeaders, payload: [{ name: `c${index}`, lifespan: 5 }] }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(range(20).map(() => 200));
    const list = await t.app.inject({ method: 'GET', url: '/v1/contexts?sessionId=S', headers: t.clientHeaders });
    expect(list.json<{ name: string }[]>().map((context) => context.name).sort()).toEqual(range(20).map((index) => `c${index}`).sort());
  });

  it('keeps all of 20 simultaneous entry posts to one entity', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/entities',
      headers: t.developerHeaders,
      payload: { name: 'fruit', entries: [{ value: 'apple', synonyms: ['apple'] }, { value: 'pear', synonyms: ['pear'] }] },
    });
    expect(created.statusCode).toBe(200);
    const answers = await Promise.all(
      range(20).map((index) =>
        t.app.inject({ method: 'POST', url: '/v1/entities/fruit/entries', headers: t.developerHeaders, payload: [{ value: `f${index}`, synonyms: [`f${index}`] }] }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(range(20).map(() => 200));
    const entity = await t.app.inject({ method: 'GET', url: '/v1/entities/fruit', headers: t.developerHeaders });
    expect(entity.json<{ entries: unknown[] }>().entries).toHaveLength(22);
  });
});

describe('concurrent intent creation', () => {
  it('lets exactly one of 10 simultaneous creations of one intent name win; the others get 409', async () => {
    const answers = await Promise.all(
      range(10).map(() =>
        t.app.inject({ method: 'POST', url: '/v1/intents', headers: t.developerHeaders, payload: { name: 'race', templates: ['race me'] } }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, ...range(9).map(() => 409)]);
    const list = await t.app.inject({ method: 'GET', url: '/v1/intents', headers: t.developerHeaders });
    expect(list.json<{ name: string }[]>().filter((intent) => intent.name === 'race')).toHaveLength(1);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('concurrent writes through two instances on one Postgres', () => {
  it('keeps every context posted to one session through either instance', async () => {
    const url = t.database.url;
    if (url === undefined) throw new Error('the test app runs on Postgres here');
    const database = await openAppDb({ url });
    const other = await buildApp({ database, nlu: createAgentNlu() });
    try {
      const answers = await Promise.all(
        range(20).map((index) =>
          (index % 2 === 0 ? t.app : other.app).inject({
            method: 'POST',
            url: '/v1/contexts?sessionId=two-instances',
            headers: t.clientHeaders,
            payload: [{ name: `i${index}`, lifespan: 5 }],
          }),
        ),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(range(20).map(() => 200));
      const list = await other.app.inject({ method: 'GET', url: '/v1/contexts?sessionId=two-instances', headers: t.clientHeaders });
      expect(list.json<{ name: string }[]>().map((context) => context.name).sort()).toEqual(range(20).map((index) => `i${index}`).sort());
    } finally {
      await other.app.close();
      await database.close();
    }
  });

  it('answers a query on one instance with an intent created through the other just before', async () => {
    const url = t.database.url;
    if (url === undefined) throw new Error('the test app runs on Postgres here');
    const database = await openAppDb({ url });
    const other = await buildApp({ database, nlu: createAgentNlu() });
    const ask = (query: string) =>
      other.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { query, sessionId: 'revisions', lang: 'en' } });
    try {
      // `other` now remembers the agent (and its runtime) at the current revision.
      expect((await ask('open the pod bay doors')).json<{ result: { metadata: { intentName?: string } } }>().result.metadata.intentName).toBeUndefined();
      const created = await t.app.inject({
        method: 'POST',
        url: '/v1/intents',
        headers: t.developerHeaders,
        payload: { name: 'pod doors', userSays: [{ data: [{ text: 'open the pod bay doors' }] }], responses: [{ action: 'doors.open' }] },
      });
      expect(created.statusCode).toBe(200);
      const answer = await ask('open the pod bay doors');
      expect(answer.statusCode).toBe(200);
      expect(answer.json<{ result: { action: string; metadata: { intentName?: string } } }>().result).toMatchObject({ action: 'doors.open', metadata: { intentName: 'pod doors' } });
    } finally {
      await other.app.close();
      await database.close();
    }
  });

  it('answers a query that changes nothing on one instance with the contexts the other instance set meanwhile', async () => {
    const url = t.database.url;
    if (url === undefined) throw new Error('the test app runs on Postgres here');
    const database = await openAppDb({ url });
    const other = await buildApp({ database, nlu: createAgentNlu() });
    const query = () =>
      t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { sessionId: 'quiet', lang: 'en', query: 'anything at all' } });
    try {
      // Nothing matches and no context is set: `t.app` stores nothing and remembers the session as absent.
      expect((await query()).json<{ result: { contexts: unknown[] } }>().result.contexts).toEqual([]);
      const set = await other.app.inject({ method: 'POST', url: '/v1/contexts?sessionId=quiet', headers: t.clientHeaders, payload: [{ name: 'elsewhere', lifespan: 5 }] });
      expect(set.statusCode).toBe(200);
      const names = (await query()).json<{ result: { contexts: { name: string }[] } }>().result.contexts.map((context) => context.name);
      expect(names).toEqual(['elsewhere']);
    } finally {
      await other.app.close();
      await database.close();
    }
  });

  it('answers a query on one instance with the contexts the other instance set since its last answer', async () => {
    const url = t.database.url;
    if (url === undefined) throw new Error('the test app runs on Postgres here');
    const database = await openAppDb({ url });
    const other = await buildApp({ database, nlu: createAgentNlu() });
    const query = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: t.clientHeaders, payload: { sessionId: 'shared', lang: 'en', ...payload } });
    try {
      // `t.app` remembers the session as it wrote it; `other` then writes it behind its back.
      expect((await query({ query: 'hello', contexts: [{ name: 'first', lifespan: 5 }] })).statusCode).toBe(200);
      const set = await other.app.inject({ method: 'POST', url: '/v1/contexts?sessionId=shared', headers: t.clientHeaders, payload: [{ name: 'second', lifespan: 5 }] });
      expect(set.statusCode).toBe(200);
      const answer = await query({ query: 'hello again' });
      expect(answer.statusCode).toBe(200);
      const names = answer.json<{ result: { contexts: { name: string }[] } }>().result.contexts.map((context) => context.name).sort();
      expect(names).toEqual(['first', 'second']);
      const stored = await other.app.inject({ method: 'GET', url: '/v1/contexts?sessionId=shared', headers: t.clientHeaders });
      expect(stored.json<{ name: string }[]>().map((context) => context.name).sort()).toEqual(['first', 'second']);
    } finally {
      await other.app.close();
      await database.close();
    }
  });
});
