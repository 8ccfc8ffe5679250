// Long-running programs of every user, with the executor state that lets them resume after a restart.
import { and, count, eq } from 'drizzle-orm';
import type { ProgramState } from '@parley/thingtalk/runtime';
import type { Database } from '../db/Database.js';
import { apps } from '../db/schema.js';

export type StoredApp = typeof apps.$inferSelect;

export function createAppStore(db: Database) {
  return {
    async insert(app: { id: string; userId: string; code: string; description: string; icon: string | null }): Promise<void> {
      await db.insert(apps).values({ ...app, state: null, error: null });
    },
    async list(userId: string): Promise<StoredApp[]> {
      return db.select().from(apps).where(eq(apps.userId, userId)).orderBy(apps.createdAt);
    },
    async all(): Promise<StoredApp[]> {
      return db.select().from(apps);
    },
    /** How many programs are stored, all users and instances together. */
    async count(): Promise<number> {
      const [row] = await db.select({ stored: count() }).from(apps);
      return row?.stored ?? 0;
    },
    async byId(id: string): Promise<StoredApp | undefined> {
      const [row] = await db.select().from(apps).where(eq(apps.id, id));
      return row;
    },
    async get(userId: string, id: string): Promise<StoredApp | undefined> {
      const [row] = await db.select().from(apps).where(and(eq(apps.userId, userId), eq(apps.id, id)));
      return row;
    },
    async saveState(id: string, state: ProgramState): Promise<void> {
      await db.update(apps).set({ state }).where(eq(apps.id, id));
    },
    async setError(id: string, error: string): Promise<void> {
      await db.update(apps).set({ error }).where(eq(apps.id, id));
    },
    async delete(userId: string, id: string): Promise<boolean> {
      const removed = await db.delete(apps).where(and(eq(apps.userId, userId), eq(apps.id, id))).returning({ id: apps.id });
      return removed.length > 0;
    },
  };
}

export type AppStore = ReturnType<typeof createAppStore>;
