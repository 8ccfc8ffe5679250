import type { KalliopeState } from '@parley/dialog-engine';
import type { Database } from '@parley/storage';
import { setTimeout as wait } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '../testing/kalliopeTestApp.js';
import { KalliopeStore } from './kalliopeStore.js';
import { kalliopeDialogs, type KalliopeSchema } from './schema.js';

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => {
  await database.close();
  await drop();
});

const store = () => new KalliopeStore(database);

describe('KalliopeStore', () => {
  it('keeps dialogues per session and the switches', async () => {
    const kalliope = store();
    expect(await kalliope.loadDialog('one')).toBeUndefined();
    await kalliope.updateDialog('one', (state) => Promise.resolve({ state: { ...state, memory: { name: 'ada' } }, result: null }));
    expect((await kalliope.loadDialog('one'))?.memory).toEqual({ name: 'ada' });
    expect(await kalliope.loadDialog('two')).toBeUndefined();
    expect(await kalliope.getSwitch('deaf')).toBeUndefined();
    await kalliope.setSwitch('deaf', true);
    expect(await kalliope.getSwitch('deaf')).toBe(true);
  });

  it('writes a dialogue only when it changed: a repeated order that only advanced the run ids writes nothing', async () => {
    const kalliope = store();
    const written = async (session: string) => {
      const [row] = await database.db.select({ at: kalliopeDialogs.updatedAt }).from(kalliopeDialogs).where(eq(kalliopeDialogs.sessionKey, session));
      return row?.at.getTime();
    };
    const order = (text: string) => (state: KalliopeState) =>
      Promise.resolve({ state: { ...state, memory: { ...state.memory, kalliope_last_order: text }, nextRunId: state.nextRunId + 1 }, result: null });
    await kalliope.updateDialog('repeat', order('say hello'));
    const first = await written('repeat');
    expect(first).toBeDefined();
    await wait(5);
    await kalliope.updateDialog('repeat', order('say hello'));
    expect(await written('repeat')).toBe(first);
    expect((await kalliope.loadDialog('repeat'))?.nextRunId).toBe(2);
    await kalliope.updateDialog('repeat', order('close'));
    expect(await written('repeat')).toBeGreaterThan(first ?? 0);
    expect((await kalliope.loadDialog('repeat'))?.memory).toEqual({ kalliope_last_order: 'close' });
  });

  it('writes a dialogue whose only change is the next run id while a run is still live', async () => {
    const kalliope = store();
    const live = { id: 1, synapseName: 'ask', matchedOrder: 'ask', parameters: {}, nextNeuron: 1, neurons: [] };
    await kalliope.updateDialog('live', (state) => Promise.resolve({ state: { ...state, runs: [live], lifo: [[1]], nextRunId: 2 }, result: null }));
    await kalliope.updateDialog('live', (state) => Promise.resolve({ state: { ...state, nextRunId: 3 }, result: null }));
    expect((await kalliope.loadDialog('live'))?.nextRunId).toBe(3);
  });

  it('counts the sessions whose dialogue waits for an answer', async () => {
    const kalliope = store();
    const waiting = (value: boolean) => (state: KalliopeState) => Promise.resolve({ state: { ...state, waitingForAnswer: value }, result: null });
    const before = await kalliope.countWaitingSessions();
    await kalliope.updateDialog('asked-1', waiting(true));
    await kalliope.updateDialog('asked-2', waiting(true));
    await kalliope.updateDialog('answered', waiting(false));
    expect(await kalliope.countWaitingSessions()).toBe(before + 2);
    await kalliope.updateDialog('asked-2', waiting(false));
    expect(await kalliope.countWaitingSessions()).toBe(before + 1);
  });

  // Two server instances on one Postgres: the key lock makes their updates of one dialogue take turns.
  it.runIf(process.env['DATABASE_URL'])('serialises updates of one session across instances on Postgres', async () => {
    const increment = (kalliope: KalliopeStore) =>
      kalliope.updateDialog('shared', async (state) => {
        const count = Number(state.memory['count'] ?? 0);
        await wait(50);
        return { state: { ...state, memory: { count: count + 1 } }, result: count };
      });
    const results = await Promise.all([increment(store()), increment(store()), increment(store())]);
    expect([...results].sort()).toEqual([0, 1, 2]);
    expect((await store().loadDialog('shared'))?.memory).toEqual({ count: 3 });
  });

  // Each instance keeps the dialogues it last read or wrote: a version check finds another instance's write.
  it.runIf(process.env['DATABASE_URL'])('continues from the state another instance wrote, not from the state it kept', async () => {
    const [a, b] = [store(), store()];
    const remember = (name: string) => (state: KalliopeState) => Promise.resolve({ state: { ...state, memory: { name } }, result: state.memory['name'] ?? null });
    expect(await a.updateDialog('moved-on', remember('ada'))).toBeNull();
    expect(await b.updateDialog('moved-on', remember('grace'))).toBe('ada');
    // A turn that changes nothing writes nothing, so only the check before it can see that B moved the session on.
    const recall = (state: KalliopeState) => Promise.resolve({ state, result: state.memory['name'] ?? null });
    expect(await a.updateDialog('moved-on', recall)).toBe('grace');
    expect(await a.updateDialog('moved-on', remember('alan'))).toBe('grace');
    expect(await b.updateDialog('moved-on', remember('edsger'))).toBe('alan');
  });

  it('serialises updates of one session within one instance, other sessions running meanwhile', async () => {
    const kalliope = store();
    const increment = (session: string) =>
      kalliope.updateDialog(session, async (state) => {
        const count = Number(state.memory['count'] ?? 0);
        await wait(5);
        return { state: { ...state, memory: { count: count + 1 } }, result: count };
      });
    await Promise.all([...Array.from({ length: 10 }, () => increment('local')), increment('other')]);
    expect((await kalliope.loadDialog('local'))?.memory).toEqual({ count: 10 });
    expect((await kalliope.loadDialog('other'))?.memory).toEqual({ count: 1 });
  });
});
