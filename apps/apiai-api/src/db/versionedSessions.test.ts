import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppDb, type AppDatabase } from './openAppDb.js';
import { sessionStore } from './sessionStore.js';
import { createVersionedSessions, type SessionAccess, type SessionLock } from './versionedSessions.js';
import { createKeyLocks } from '@parley/storage';
import { agentStore } from './agentStore.js';

let database: AppDatabase;
const agentId = randomUUID();
beforeAll(async () => {
  database = await openAppDb({});
  await agentStore(database.db).create({ id: agentId, name: 'sessions', developerToken: 'dev-sessions', clientToken: 'cli-sessions' });
});
afterAll(async () => database.close());

/** A change that appends one name to the session's list, as a dialog step does with contexts. */
const append = (name: string) => async (session: SessionAccess) => {
  const state = await session.load(agentId, 's');
  const names = Array.isArray(state?.names) ? (state.names as string[]) : [];
  await session.save(agentId, 's', { names: [...names, name] });
};

describe('createVersionedSessions', () => {
  it('keeps both changes when two instances, each with its own memory of the session, write it in turn', async () => {
    const store = sessionStore(database.db);
    const locks = createKeyLocks(database);
    const lock: SessionLock = (key, work) => locks.run(key, (db) => work(sessionStore(db)));
    const one = createVersionedSessions(store, lock);
    const two = createVersionedSessions(store, lock);
    await one(agentId, 's', append('a'));
    await two(agentId, 's', append('b'));
    // `one` still remembers ['a'] at the first version: its write fails, it reads ['a', 'b'] and runs again (locked).
    await one(agentId, 's', append('c'));
    expect(await store.load(agentId, 's')).toEqual({ names: ['a', 'b', 'c'] });
    expect((await store.read(agentId, 's')).version).toBe(3);
  });

  it('keeps running a change under the lock while other instances\' lock-free writes overtake it, as many times as they do', async () => {
    const store = sessionStore(database.db);
    const changes = createVersionedSessions(store, (_key, work) => work(store));
    let overtaken = 0;
    // Before each run saves, "another instance" writes the session without the lock: 12 times in a row (the first run
    // takes no lock; the 11 that follow run under it).
    await changes(agentId, 'busy', async (session) => {
      const state = await session.load(agentId, 'busy');
      if (overtaken < 12) {
        overtaken += 1;
        const current = await store.read(agentId, 'busy');
        await store.write(agentId, 'busy', { names: [`other${overtaken}`] }, current.version);
      }
      const names = Array.isArray(state?.names) ? (state.names as string[]) : [];
      await session.save(agentId, 'busy', { names: [...names, 'mine'] });
    });
    expect(overtaken).toBe(12);
    expect(await store.load(agentId, 'busy')).toEqual({ names: ['other12', 'mine'] });
  });

  it('refuses a write naming an agent revision that moved on, and runs the change again told to read the agent afresh', async () => {
    const store = sessionStore(database.db);
    const agents = agentStore(database.db);
    const changes = createVersionedSessions(store, (_key, work) => work(store));
    const seen: boolean[] = [];
    const answerWith = (revision: () => Promise<number>) => async (session: SessionAccess) => {
      seen.push(session.fresh);
      await session.save(agentId, 'r', { at: await revision() }, await revision());
    };
    const remembered = (await agents.get(agentId))?.revision ?? -1;
    await changes(agentId, 'r', answerWith(async () => remembered));
    expect(seen).toEqual([false]);
    const moved = await agents.bumpRevision(agentId);
    // The first run answers with the remembered revision: refused; the second reads the agent again.
    await changes(agentId, 'r', async (session) => answerWith(async () => (session.fresh ? moved : remembered))(session));
    expect(seen).toEqual([false, false, true]);
    expect(await store.read(agentId, 'r')).toEqual({ state: { at: moved }, version: 2 });
    expect(await store.write(agentId, 'new', { n: 1 }, 0, remembered)).toBeUndefined();
    expect(await store.write(agentId, 'new', { n: 1 }, 0, moved)).toBe(1);
    expect(await store.write(agentId, 'new', { n: 2 }, 1, remembered)).toBeUndefined();
    expect(await store.write(agentId, 'new', { n: 2 }, 1, moved)).toBe(2);
  });

  it('writes nothing for a kept state; with checkKeptStates, runs the change again if its agent revision moved on', async () => {
    const store = sessionStore(database.db);
    const agents = agentStore(database.db);
    for (const checkKeptStates of [false, true]) {
      const revision = (await agents.get(agentId))?.revision ?? -1;
      const changes = createVersionedSessions(store, (_key, work) => work(store), { checkKeptStates });
      const runs: boolean[] = [];
      const keep = async (session: SessionAccess) => {
        runs.push(session.fresh);
        await session.keep(session.fresh ? revision + 1 : revision);
      };
      await changes(agentId, 'kept', keep);
      expect(runs).toEqual([false]);
      await agents.bumpRevision(agentId);
      runs.length = 0;
      await changes(agentId, 'kept', keep);
      expect(runs).toEqual(checkKeptStates ? [false, true] : [false]);
      expect((await store.read(agentId, 'kept')).version).toBe(0);
    }
  });

  it('writes nothing for a change that saves nothing, and the store refuses a write from an outdated version', async () => {
    const store = sessionStore(database.db);
    const changes = createVersionedSessions(store, (_key, work) => work(store));
    expect(await changes(agentId, 'read-only', async (session) => session.load(agentId, 'read-only'))).toBeUndefined();
    expect((await store.read(agentId, 'read-only')).version).toBe(0);
    expect(await store.write(agentId, 'v', { n: 1 }, 0)).toBe(1);
    expect(await store.write(agentId, 'v', { n: 2 }, 0)).toBeUndefined();
    expect(await store.write(agentId, 'v', { n: 2 }, 1)).toBe(2);
    expect(await store.write(agentId, 'v', { n: 3 }, 1)).toBeUndefined();
    expect(await store.load(agentId, 'v')).toEqual({ n: 2 });
  });
});
