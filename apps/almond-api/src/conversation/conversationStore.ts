// The state of `/converse` conversations between requests (reference: idle ones are dropped after 5 minutes), in
// the database so that any instance can continue a conversation.
import type { AlmondState } from '@parley/dialog-engine';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { conversations } from '../db/schema.js';

export function createConversationStore(db: Database, idleMs: number) {
  return {
    /** The state of the user's conversation, unless it is unknown, someone else's, or idle too long. */
    async load(id: string, userId: string): Promise<AlmondState | undefined> {
      const [row] = await db
        .select({ state: conversations.state })
        .from(conversations)
        .where(and(eq(conversations.id, id), eq(conversations.userId, userId), gt(conversations.updatedAt, new Date(Date.now() - idleMs))));
      return row?.state as AlmondState | undefined;
    },

    async save(id: string, userId: string, state: AlmondState): Promise<void> {
      const updatedAt = new Date();
      await db
        .insert(conversations)
        .values({ id, userId, state, updatedAt })
        .onConflictDoUpdate({ target: conversations.id, set: { state, updatedAt } });
      await db.delete(conversations).where(lt(conversations.updatedAt, new Date(Date.now() - idleMs)));
    },
  };
}
