import { randomUUID } from 'node:crypto';
import { createScratchDatabase, type ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentStore } from './agentStore.js';
import { openAppDb, type AppDatabase } from './openAppDb.js';
import { preparedSessionStore } from './preparedSessionStore.js';
import { sessionStore, type SessionStore } from './sessionStore.js';

let database: AppDatabase;
let scratch: ScratchDatabase | undefined;
beforeAll(async () => {
  scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL, 'apiai_sessions') : undefined;
  database = await openAppDb({ url: scratch?.url });
});
afterAll(async () => {
  await database.close();
  await scratch?.drop();
});

const stores: [string, () => SessionStore][] = [
  ['drizzle', () => sessionStore(database.db)],
  ['prepared statements', () => preparedSessionStore(database.db, database.prepare)],
];

describe.each(stores)('the session store through %s', (_name, open) => {
  let store: SessionStore;
  let agentId: string;
  beforeAll(async () => {
    store = open();
    agentId = randomUUID();
    await agentStore(database.db).create({ id: agentId, name: 'sessions', developerToken: `dev-${agentId}`, clientToken: `cli-${agentId}` });
  });

  it('reads an absent session as version 0, then each write bumps the version it names', async () => {
    expect(await store.read(agentId, 'a')).toEqual({ state: undefined, version: 0 });
    expect(await store.write(agentId, 'a', { names: ['one'] }, 0)).toBe(1);
    expect(await store.write(agentId, 'a', { names: ['one', 'two'] }, 1)).toBe(2);
    expect(await store.read(agentId, 'a')).toEqual({ state: { names: ['one', 'two'] }, version: 2 });
    expect(await store.load(agentId, 'a')).toEqual({ names: ['one', 'two'] });
  });

  it('stores nothing when the version named is not the stored one', async () => {
    expect(await store.write(agentId, 'b', { n: 1 }, 0)).toBe(1);
    expect(await store.write(agentId, 'b', { n: 2 }, 0)).toBeUndefined();
    expect(await store.write(agentId, 'b', { n: 3 }, 5)).toBeUndefined();
    expect(await store.read(agentId, 'b')).toEqual({ state: { n: 1 }, version: 1 });
  });

  it('stores nothing when the agent revision named is not the agent\'s', async () => {
    const revision = (await agentStore(database.db).get(agentId))?.revision ?? -1;
    expect(await store.write(agentId, 'c', { n: 1 }, 0, revision + 1)).toBeUndefined();
    expect(await store.write(agentId, 'c', { n: 1 }, 0, revision)).toBe(1);
    expect(await store.write(agentId, 'c', { n: 2 }, 1, revision + 1)).toBeUndefined();
    expect(await store.write(agentId, 'c', { n: 2 }, 1, revision)).toBe(2);
    expect(await store.read(agentId, 'c')).toEqual({ state: { n: 2 }, version: 2 });
  });

  it('tells whether a session is still at a version and its agent at a revision', async () => {
    const revision = (await agentStore(database.db).get(agentId))?.revision ?? -1;
    expect(await store.unchanged(agentId, 'absent', 0, revision)).toBe(true);
    expect(await store.unchanged(agentId, 'absent', 1, undefined)).toBe(false);
    expect(await store.write(agentId, 'd', { n: 1 }, 0)).toBe(1);
    expect(await store.unchanged(agentId, 'd', 1, undefined)).toBe(true);
    expect(await store.unchanged(agentId, 'd', 1, revision + 1)).toBe(false);
    expect(await store.unchanged(randomUUID(), 'd', 1, undefined)).toBe(false);
  });
});
