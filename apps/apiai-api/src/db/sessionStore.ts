// Sessions: the dialog state of one `sessionId` of an agent (contexts with their clocks, user entities, slot
// filling), stored as JSON so that any instance can continue the conversation.
import { and, eq } from 'drizzle-orm';
import type { Database } from './Database.js';
import { sessions, type SessionStateJson } from './schema.js';

export function sessionStore(db: Database) {
  return {
    async load(agentId: string, sessionId: string): Promise<SessionStateJson | undefined> {
      const [row] = await db
        .select({ state: sessions.state })
        .from(sessions)
        .where(and(eq(sessions.agentId, agentId), eq(sessions.sessionId, sessionId)))
        .limit(1);
      return row?.state;
    },

    async save(agentId: string, sessionId: string, state: SessionStateJson): Promise<void> {
      await db
        .insert(sessions)
        .values({ agentId, sessionId, state })
        .onConflictDoUpdate({ target: [sessions.agentId, sessions.sessionId], set: { state, updatedAt: new Date() } });
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;
