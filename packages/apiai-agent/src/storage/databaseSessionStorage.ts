// Sessions of embedded agents in a database of @parley/storage (embedded PGlite in a data folder, or Postgres): an
// agent loaded again later, or in another process, continues each session where the last one left it.
import { and, eq } from 'drizzle-orm';
import { findMigrationsFolder, openDb, type Database } from '@parley/storage';
import type { SessionStorage } from '../embed/sessionStorage.js';
import { embeddedSessions, schema } from './schema.js';

export type SessionDatabase = Database<typeof schema>;

/** The package's `drizzle/` folder, found from `dist/` (bundled) or from `src/storage/` (tests). */
const migrationsFolder = findMigrationsFolder(import.meta.url);

export interface OpenSessionDatabaseOptions {
  /** `postgres://…` selects Postgres; unset selects embedded PGlite. */
  url?: string | undefined;
  /** PGlite data folder (created if missing); unset keeps the database in memory. Ignored for Postgres. */
  dataDir?: string | undefined;
}

/** Opens a database for sessions and creates or updates its sessions table. */
export function openSessionDatabase(options: OpenSessionDatabaseOptions): Promise<SessionDatabase> {
  return openDb({ schema, migrationsFolder, url: options.url, dataDir: options.dataDir });
}

/**
 * The sessions of the agent named `agent` (default `"default"`) in `database`: `load` reads the session's row,
 * `save` writes it (the last save wins; one agent instance runs a session's queries one after the other).
 */
export function databaseSessionStorage(database: SessionDatabase, options: { agent?: string } = {}): SessionStorage {
  const agent = options.agent ?? 'default';
  const { db } = database;
  return {
    async load(sessionId) {
      const [row] = await db
        .select({ state: embeddedSessions.state })
        .from(embeddedSessions)
        .where(and(eq(embeddedSessions.agent, agent), eq(embeddedSessions.sessionId, sessionId)))
        .limit(1);
      return row?.state;
    },
    async save(sessionId, state) {
      await db
        .insert(embeddedSessions)
        .values({ agent, sessionId, state })
        .onConflictDoUpdate({ target: [embeddedSessions.agent, embeddedSessions.sessionId], set: { state, updatedAt: new Date() } });
    },
  };
}
