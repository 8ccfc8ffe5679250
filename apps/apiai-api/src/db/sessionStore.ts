// Sessions: the dialog state of one `sessionId` of an agent (contexts with their clocks, user entities, slot
// filling), stored as JSON so that any instance can continue the conversation. Every write bumps the row's
// version and names the version it read, so that a write based on an outdated state fails instead of overwriting
// another instance's (see `changeSession` in ../services.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from './Database.js';
import { sessions, type SessionStateJson } from './schema.js';

/** A stored state and its version (0: no row yet). */
export interface VersionedSession {
  state: SessionStateJson | undefined;
  version: number;
}

export function sessionStore(db: Database) {
  const where = (agentId: string, sessionId: string) => and(eq(sessions.agentId, agentId), eq(sessions.sessionId, sessionId));
  return {
    async load(agentId: string, sessionId: string): Promise<SessionStateJson | undefined> {
      return (await this.read(agentId, sessionId)).state;
    },

    async read(agentId: string, sessionId: string): Promise<VersionedSession> {
      const [row] = await db.select({ state: sessions.state, version: sessions.version }).from(sessions).where(where(agentId, sessionId)).limit(1);
      return row ?? { state: undefined, version: 0 };
    },

    /** Stores `state` if the row is still at `version` (0: absent); the new version, or undefined when it was not. */
    async write(agentId: string, sessionId: string, state: SessionStateJson, version: number): Promise<number | undefined> {
      const [row] =
        version === 0
          ? await db.insert(sessions).values({ agentId, sessionId, state }).onConflictDoNothing().returning({ version: sessions.version })
          : await db
              .update(sessions)
              .set({ state, version: sql`${sessions.version} + 1`, updatedAt: new Date() })
              .where(and(where(agentId, sessionId), eq(sessions.version, version)))
              .returning({ version: sessions.version });
      return row?.version;
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
