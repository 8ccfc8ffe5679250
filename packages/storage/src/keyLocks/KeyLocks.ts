// Read→modify→write of one key (a session, an agent's content) runs alone. In this process the works of one key
// queue in memory, so waiting holds no database connection; on Postgres each work then runs in one transaction
// that first takes a transaction-scoped advisory lock on the key, so that works of other instances wait too (in one
// round trip after BEGIN: lockStatement.ts).
// PGlite has one connection in one process, so the in-process queue is all it needs; a transaction is used there
// only when the work asks to be atomic (it blocks every other query of the process while it runs).
import { sql } from 'drizzle-orm';
import type { Db } from '../db.js';
import type { Database } from '../openDb.js';
import { lockStatement } from './lockStatement.js';

export interface KeyLockOptions {
  /** Run the work in one transaction on PGlite too (Postgres always uses one). */
  atomic?: boolean;
}

export interface KeyLocks<TSchema extends Record<string, unknown>> {
  /**
   * Runs `work` alone among the works of the same `key`, giving it the connection to use: every query of the work
   * must go through it (on Postgres it is the transaction holding the lock; a query on another connection would
   * wait for a pool connection that the waiting works may all be holding).
   */
  run<T>(key: string, work: (db: Db<TSchema>) => Promise<T>, options?: KeyLockOptions): Promise<T>;
}

export interface KeyLocksConfig {
  /** How long a work waits for another instance's lock before failing with Postgres error 55P03 (default 10 s). */
  lockTimeoutMs?: number;
}

/**
 * The in-process part: a promise chain per key, dropped when its last work ends. Alone it serialises the works of
 * one key in this process only (for callers that detect other instances' writes themselves, e.g. by version).
 */
export function inProcessQueue(): <T>(key: string, work: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<void>>();
  return async (key, work) => {
    const previous = tails.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => turn);
    tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

export function createKeyLocks<TSchema extends Record<string, unknown>>(
  database: Pick<Database<TSchema>, 'db' | 'kind'>,
  config: KeyLocksConfig = {},
): KeyLocks<TSchema> {
  const queue = inProcessQueue();
  const lockTimeoutMs = Math.max(1, Math.round(config.lockTimeoutMs ?? 10_000));
  const { db, kind } = database;
  return {
    run(key, work, options = {}) {
      return queue(key, () => {
        if (kind === 'pglite') return options.atomic === true ? db.transaction((tx) => work(tx as unknown as Db<TSchema>)) : work(db);
        return db.transaction(async (tx) => {
          await tx.execute(sql.raw(lockStatement(key, lockTimeoutMs)));
          return work(tx as unknown as Db<TSchema>);
        });
      });
    },
  };
}
