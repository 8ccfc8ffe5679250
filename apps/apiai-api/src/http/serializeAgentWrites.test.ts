import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('concurrent writes', () => {
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
