import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db.js';
import * as schema from '../testing/fixtures/schema.js';
import { targetFixture, targetNames, type TestSchema } from '../testing/testTargets.js';
import { createKeyLocks, type KeyLocks } from './KeyLocks.js';

const { notes } = schema;

/** A read→modify→write that loses updates unless it runs alone: reads the counter, yields, writes it plus one. */
async function increment(db: Db<TestSchema>): Promise<void> {
  const [row] = await db.select().from(notes).where(eq(notes.id, 1));
  await new Promise((resolve) => setImmediate(resolve));
  await db.update(notes).set({ body: String(Number(row?.body ?? '0') + 1) }).where(eq(notes.id, 1));
}

async function counter(db: Db<TestSchema>): Promise<number> {
  const [row] = await db.select().from(notes).where(eq(notes.id, 1));
  return Number(row?.body);
}

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe.each(targetNames)('KeyLocks on %s', (name) => {
  const { start, openStore } = targetFixture(name);

  it('keeps every one of 25 concurrent read→modify→writes of one key', async () => {
    await start('keylocks_queue');
    const database = await openStore();
    await database.db.insert(notes).values({ id: 1, body: '0' });
    const locks = createKeyLocks(database);
    await Promise.all(range(25).map(() => locks.run('counter', increment)));
    expect(await counter(database.db)).toBe(25);
  });

  it('without the lock the same writes are lost (the test above can fail)', async () => {
    await start('keylocks_unlocked');
    const database = await openStore();
    await database.db.insert(notes).values({ id: 1, body: '0' });
    await Promise.all(range(25).map(() => increment(database.db)));
    expect(await counter(database.db)).toBeLessThan(25);
  });

  it('runs works of different keys at the same time', async () => {
    await start('keylocks_keys');
    const locks = createKeyLocks(await openStore());
    let signal = (): void => undefined;
    const signalled = new Promise<void>((resolve) => {
      signal = resolve;
    });
    // The first work finishes only once the second (another key) has run: serialising them would never end.
    const first = locks.run('a', async () => signalled);
    const second = locks.run('b', async () => signal());
    await Promise.all([first, second]);
  });

  it('releases the key when a work fails, and the next work runs', async () => {
    await start('keylocks_failure');
    const locks = createKeyLocks(await openStore());
    await expect(locks.run('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locks.run('k', async () => 'next')).resolves.toBe('next');
  });

  it('rolls an atomic work back when it fails', async () => {
    await start('keylocks_atomic');
    const database = await openStore();
    const locks = createKeyLocks(database);
    const failing = locks.run(
      'k',
      async (db) => {
        await db.insert(notes).values({ id: 7, body: 'half-done' });
        throw new Error('second step failed');
      },
      { atomic: true },
    );
    await expect(failing).rejects.toThrow('second step failed');
    expect(await database.db.select().from(notes)).toEqual([]);
  });
});

describe.skipIf(!targetNames.includes('postgres'))('KeyLocks across instances on postgres', () => {
  const { start, openStore } = targetFixture('postgres');

  it('keeps every write when two instances change one key at once', async () => {
    await start('keylocks_instances');
    const [one, two] = [await openStore(), await openStore()];
    await one.db.insert(notes).values({ id: 1, body: '0' });
    const instances: KeyLocks<TestSchema>[] = [createKeyLocks(one), createKeyLocks(two)];
    await Promise.all(range(30).map((index) => instances[index % 2]?.run('counter', increment)));
    expect(await counter(one.db)).toBe(30);
  });

  it('fails with lock_not_available (55P03) when another instance holds the key past the lock timeout', async () => {
    await start('keylocks_timeout');
    const [one, two] = [await openStore(), await openStore()];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = (): void => undefined;
    const isHolding = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const holder = createKeyLocks(one).run('k', async () => {
      holding();
      await held;
    });
    await isHolding;
    const waiter = createKeyLocks(two, { lockTimeoutMs: 200 }).run('k', async () => 'ran');
    await expect(waiter).rejects.toMatchObject({ cause: { code: '55P03' } });
    release();
    await holder;
    await expect(createKeyLocks(two).run('k', async () => 'ran')).resolves.toBe('ran');
  });
});
