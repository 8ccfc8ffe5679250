// Intents of an agent.
import { and, asc, eq } from 'drizzle-orm';
import { type Intent, isUuid } from '@parley/apiai-agent/model';
import type { Database } from './Database.js';
import { intents } from './schema.js';

const toIntent = (row: typeof intents.$inferSelect): Intent => ({ ...row.body, id: row.id, name: row.name });

export function intentStore(db: Database) {
  return {
    async list(agentId: string): Promise<Intent[]> {
      const rows = await db.select().from(intents).where(eq(intents.agentId, agentId)).orderBy(asc(intents.createdAt), asc(intents.name));
      return rows.map(toIntent);
    },

    async get(agentId: string, id: string): Promise<Intent | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(intents)
        .where(and(eq(intents.agentId, agentId), eq(intents.id, id.toLowerCase())))
        .limit(1);
      return row === undefined ? undefined : toIntent(row);
    },

    async insert(agentId: string, intent: Intent): Promise<void> {
      const { id, name, ...body } = intent;
      await db.insert(intents).values({ id, agentId, name, body });
    },

    async update(agentId: string, intent: Intent): Promise<void> {
      const { id, name, ...body } = intent;
      await db.update(intents).set({ name, body }).where(and(eq(intents.agentId, agentId), eq(intents.id, id)));
    },

    async delete(agentId: string, id: string): Promise<void> {
      await db.delete(intents).where(and(eq(intents.agentId, agentId), eq(intents.id, id)));
    },

    async deleteAll(agentId: string): Promise<void> {
      await db.delete(intents).where(eq(intents.agentId, agentId));
    },
  };
}

export type IntentStore = ReturnType<typeof intentStore>;
