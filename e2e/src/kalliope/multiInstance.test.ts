// Two kalliope-api processes on one Postgres database: a dialogue (neurotransmitter) and kalliope_memory started on
// one instance continue on the other, per session key (X-Parley-Session) and for the brain-wide dialogue.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../harness/http.js';
import { saidIn, spawnKalliope } from '../harness/kalliopeBrain.js';
import { adminUrl, needsPostgres, scratchDatabase } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

describe.skipIf(adminUrl === undefined)(`kalliope-api: two instances on one Postgres (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  let a: SpawnedApp;
  let b: SpawnedApp;

  beforeAll(async () => {
    database = await scratchDatabase('kalliope_multi');
    a = await spawnKalliope({ databaseUrl: database.url });
    b = await spawnKalliope({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  const order = (instance: SpawnedApp, text: string, session?: string) =>
    http(`${instance.url}/synapses/start/order`, {
      body: { order: text },
      headers: session === undefined ? {} : { 'x-parley-session': session },
    });

  it('answers on B the question a session was asked on A', async () => {
    const asked = await order(a, 'ask me a question', 'alice');
    expect(asked.json).toMatchObject({ status: 'waiting_for_answer' });
    const answered = await order(b, 'absolutely', 'alice');
    expect(answered.status).toBe(201);
    expect(saidIn(answered.json).at(-1)).toBe('You like french fries!! Me too.');
    expect(answered.json).toMatchObject({ status: 'complete' });
  });

  it('keeps sessions apart across instances', async () => {
    await order(a, 'ask me a question', 'bob');
    const other = await order(b, 'absolutely', 'carol');
    expect(saidIn(other.json)).not.toContain('You like french fries!! Me too.');
    const answered = await order(b, 'not at all', 'bob');
    expect(saidIn(answered.json).at(-1)).toBe("You don't like french fries.");
  });

  it('continues the brain-wide dialogue (no session key) on the other instance', async () => {
    await order(b, 'ask me a question');
    const answered = await order(a, 'not at all');
    expect(saidIn(answered.json).at(-1)).toBe("You don't like french fries.");
  });

  it('takes exactly one of two answers sent at once to both instances', async () => {
    await order(a, 'ask me a question', 'erin');
    const answers = await Promise.all([order(a, 'absolutely', 'erin'), order(b, 'not at all', 'erin')]);
    const taken = answers.filter((answer) => /french fries/.test(saidIn(answer.json).at(-1) ?? ''));
    expect(taken).toHaveLength(1);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
  });

  it('recalls on B what a session told A to remember', async () => {
    await order(a, 'remember that my name is Ada', 'dave');
    const recalled = await order(b, 'what is my name', 'dave');
    expect(saidIn(recalled.json).map((said) => said.toLowerCase())).toEqual(['your name is ada']);
  });
});
