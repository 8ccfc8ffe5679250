// What the routes share: the stores of one database, and the two kinds of change that read, modify and write
// shared rows — an agent's content, one session's dialog state — each run alone per agent or session, across
// every instance on one Postgres, so that concurrent acknowledged writes are never lost.
import { createKeyLocks } from '@parley/storage';
import type { AppDatabase } from './db/openAppDb.js';
import { preparedSessionStore } from './db/preparedSessionStore.js';
import { storesOn, type Stores } from './db/stores.js';
import { createVersionedSessions, type SessionChanger } from './db/versionedSessions.js';

export interface AppServices extends Stores {
  /**
   * Changes an agent's intents, entities or settings: `change` runs alone among the agent's changes, atomically,
   * with the stores it must use; the agent's revision is bumped in the same transaction, so that every instance
   * rebuilds the agent's runtime, and `onRevision` runs after the commit (the change resolves once it has).
   */
  changeAgent<T>(agentId: string, change: (stores: Stores) => Promise<T>): Promise<T>;
  /**
   * Runs a load→step→save of one session on the state it must use; the saved state is written only if no other
   * write of the session came first, else the change runs again on the newer state (../db/versionedSessions.ts).
   */
  changeSession: SessionChanger;
}

/** The database the services run on and the driver under it (Postgres locks across instances). */
export type ServiceDatabase = Pick<AppDatabase, 'db' | 'kind' | 'prepare'>;

export function createServices(database: ServiceDatabase, onRevision: (agentId: string, revision: number) => Promise<void>): AppServices {
  const locks = createKeyLocks(database);
  return {
    ...storesOn(database.db),
    async changeAgent(agentId, change) {
      const { result, revision } = await locks.run(
        `apiai:agent:${agentId}`,
        async (db) => {
          const stores = storesOn(db);
          const changed = await change(stores);
          return { result: changed, revision: await stores.agents.bumpRevision(agentId) };
        },
        { atomic: true },
      );
      await onRevision(agentId, revision);
      return result;
    },
    // The lock-free runs (almost all) read and write with prepared statements; the locked ones on the lock's connection.
    changeSession: createVersionedSessions(
      preparedSessionStore(database.db, database.prepare),
      (key, work) => locks.run(`apiai:session:${key}`, (db) => work(storesOn(db).sessions)),
      { checkKeptStates: database.kind === 'postgres' },
    ),
  };
}
