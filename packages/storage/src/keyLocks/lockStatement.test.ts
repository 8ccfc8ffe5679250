import net from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.js';
import * as schema from '../testing/fixtures/schema.js';
import { targetFixture, targetNames, type TestSchema } from '../testing/testTargets.js';
import { createKeyLocks } from './KeyLocks.js';
import { advisoryLockNumber, lockStatement } from './lockStatement.js';

const { notes } = schema;

describe('lockStatement', () => {
  it('locks a number derived from the key, the same in every process, never the key text', () => {
    const key = "kalliope:dialog:o'brien; drop table notes";
    expect(advisoryLockNumber(key)).toBe(advisoryLockNumber(key));
    expect(advisoryLockNumber(key)).not.toBe(advisoryLockNumber('kalliope:dialog:other'));
    expect(advisoryLockNumber('')).toBe(-2039914840885289964n); // SHA-256 of "" starts e3b0c44298fc1c14
    expect(lockStatement(key, 250)).toBe(`set local lock_timeout = 250; select pg_advisory_xact_lock(${advisoryLockNumber(key)})`);
  });

  it('refuses a lock timeout that is not a positive integer', () => {
    expect(() => lockStatement('k', 0)).toThrow(RangeError);
    expect(() => lockStatement('k', 1.5)).toThrow(RangeError);
  });
});

describe.skipIf(!targetNames.includes('postgres'))('locked transactions on postgres', () => {
  const { start, openStore } = targetFixture('postgres');
  const clients: postgres.Sql[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.end({ timeout: 5 });
  });

  /** A drizzle database whose socket writes are counted: each write is one batch of messages to the server. */
  async function countingDb(): Promise<{ db: Db<TestSchema>; writes: () => number }> {
    const { url } = await openStore();
    const { hostname, port } = new URL(url ?? '');
    let writes = 0;
    const options: postgres.Options<Record<string, never>> & { socket: () => net.Socket } = {
      max: 2,
      onnotice: () => undefined,
      socket: () => {
        const socket = net.connect({ host: hostname, port: Number(port || 5432) });
        const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
        socket.write = ((...args: unknown[]) => {
          writes += 1;
          return write(...args);
        }) as typeof socket.write;
        return socket;
      },
    };
    // `socket` (a connected socket of one's own) is a postgres.js option its type declarations leave out.
    const client = postgres(url ?? '', options);
    clients.push(client);
    return { db: drizzle({ client, schema }) as unknown as Db<TestSchema>, writes: () => writes };
  }

  it('takes the lock in one round trip: three round trips around the work', async () => {
    await start('keylocks_round_trips');
    const { db, writes } = await countingDb();
    const locks = createKeyLocks({ db, kind: 'postgres' });
    await locks.run('warm', async (tx) => tx.select().from(notes)); // connects and authenticates
    const before = writes();
    await locks.run('k', async () => 'done');
    // BEGIN, lock_timeout + the lock, COMMIT (with the two as queries with parameters: six).
    expect(writes() - before).toBe(3);
  });

  it('does not report success when a query of the work failed, even if the work carried on', async () => {
    await start('keylocks_swallowed');
    const { db } = await countingDb();
    const locks = createKeyLocks({ db, kind: 'postgres' });
    const swallowing = locks.run('k', async (tx) => {
      await tx.insert(notes).values({ id: 1, body: 'kept?' });
      await tx.insert(notes).values({ id: 1, body: 'duplicate' }).catch(() => undefined);
    });
    await expect(swallowing).rejects.toMatchObject({ code: '23505' });
    expect(await db.select().from(notes)).toEqual([]);
  });

  it('does not report success when the connection was lost during the work', async () => {
    await start('keylocks_lost');
    const { db } = await countingDb();
    const locks = createKeyLocks({ db, kind: 'postgres' });
    const admin = await openStore();
    const lost = locks.run('k', async (tx) => {
      await tx.insert(notes).values({ id: 1, body: 'lost' });
      const [backend] = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
      await admin.query('select pg_terminate_backend($1)', [backend?.pid]);
    });
    await expect(lost).rejects.toThrow();
    expect(await db.select().from(notes).where(eq(notes.id, 1))).toEqual([]);
  });
});
