// Serialised read→modify→write: the work runs in one transaction that first takes a transaction-scoped advisory
// lock on its key (Postgres: across instances; PGlite: its one connection), and the stores use that transaction
// while it runs, found through AsyncLocalStorage so that no store or route passes it around.
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from './Database.js';

export interface SerializedWrites {
  /** The connection the stores use now: the running serialised transaction, else the database. */
  current(): Database;
  /** Runs `work` alone among works of the same key; nested calls join the running transaction. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function serializedWrites(db: Database): SerializedWrites {
  const scope = new AsyncLocalStorage<Database>();
  return {
    current: () => scope.getStore() ?? db,
    async run(key, work) {
      if (scope.getStore() !== undefined) return work();
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
        return scope.run(tx, work);
      });
    },
  };
}
