// Sessions: the dialog state of one `sessionId` of an agent (contexts with their clocks, user entities, slot
// filling), stored as JSON so that any instance can continue the conversation. Every write bumps the row's
// version and names the version it read, so that a write based on an outdated state fails instead of overwriting
// another instance's (see `changeSession` in ../services.ts). A write may also name the agent revision its answer
// was computed with: it then stores nothing once the agent has changed, so that an instance whose copy of the agent
// is outdated learns it from the write it makes anyway (no read of the agent per query).
import { and, eq, exists, sql } from 'drizzle-orm';
import type { Database } from './Database.js';
import { agents, sessions, type SessionStateJson } from './schema.js';

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

    /** Whether the session is still at `version` (0: absent) and the agent at `revision`, in one read. */
    async unchanged(agentId: string, sessionId: string, version: number, revision: number | undefined): Promise<boolean> {
      const [row] = await db
        .select({ revision: agents.revision, version: sessions.version })
        .from(agents)
        .leftJoin(sessions, and(eq(sessions.agentId, agents.id), eq(sessions.sessionId, sessionId)))
        .where(eq(agents.id, agentId))
        .limit(1);
      return row !== undefined && (row.version ?? 0) === version && (revision === undefined || row.revision === revision);
    },

    /**
     * Stores `state` if the row is still at `version` (0: absent) and, when `agentRevision` is given, the agent still
     * at that revision; the new version, or undefined when it was not stored.
     */
    async write(agentId: string, sessionId: string, state: SessionStateJson, version: number, agentRevision?: number): Promise<number | undefined> {
      const agentAt = (revision: number) => and(eq(agents.id, agentId), eq(agents.revision, revision));
      if (version === 0) {
        const inserted =
          agentRevision === undefined
            ? db.insert(sessions).values({ agentId, sessionId, state })
            : db.insert(sessions).select(
                db
                  .select({
                    agentId: agents.id,
                    sessionId: sql<string>`${sessionId}`.as('session_id'),
                    state: sql<SessionStateJson>`${JSON.stringify(state)}::jsonb`.as('state'),
                    version: sql<number>`1`.as('version'),
                    updatedAt: sql<Date>`now()`.as('updated_at'),
                  })
                  .from(agents)
                  .where(agentAt(agentRevision)),
              );
        const [row] = await inserted.onConflictDoNothing().returning({ version: sessions.version });
        return row?.version;
      }
      const unchanged = and(where(agentId, sessionId), eq(sessions.version, version));
      const [row] = await db
        .update(sessions)
        .set({ state, version: sql`${sessions.version} + 1`, updatedAt: new Date() })
        .where(agentRevision === undefined ? unchanged : and(unchanged, exists(db.select({ one: sql`1` }).from(agents).where(agentAt(agentRevision)))))
        .returning({ version: sessions.version });
      return row?.version;
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
