// Developer entities of an agent.
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Entity, isUuid } from '@parley/apiai-agent/model';
import type { Database } from './Database.js';
import { entities } from './schema.js';

const toEntity = (row: typeof entities.$inferSelect): Entity => ({ ...row.body, id: row.id, name: row.name });

export function entityStore(db: Database) {
  return {
    async list(agentId: string): Promise<Entity[]> {
      const rows = await db.select().from(entities).where(eq(entities.agentId, agentId)).orderBy(asc(entities.createdAt), asc(entities.name));
      return rows.map(toEntity);
    },

    /** By id, or by name (api.ai accepts either in `/entities/{eid}`). */
    async find(agentId: string, idOrName: string): Promise<Entity | undefined> {
      const match = isUuid(idOrName)
        ? eq(entities.id, idOrName.toLowerCase())
        : sql`lower(${entities.name}) = lower(${idOrName})`;
      const [row] = await db.select().from(entities).where(and(eq(entities.agentId, agentId), match)).limit(1);
      return row === undefined ? undefined : toEntity(row);
    },

    async insert(agentId: string, entity: Entity): Promise<void> {
      const { id, name, ...body } = entity;
      await db.insert(entities).values({ id, agentId, name, body });
    },

    async update(agentId: string, entity: Entity): Promise<void> {
      const { id, name, ...body } = entity;
      await db.update(entities).set({ name, body }).where(and(eq(entities.agentId, agentId), eq(entities.id, id)));
    },

    async delete(agentId: string, id: string): Promise<void> {
      await db.delete(entities).where(and(eq(entities.agentId, agentId), eq(entities.id, id)));
    },

    async deleteAll(agentId: string): Promise<void> {
      await db.delete(entities).where(eq(entities.agentId, agentId));
    },
  };
}

export type EntityStore = ReturnType<typeof entityStore>;
