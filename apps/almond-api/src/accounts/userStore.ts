// Accounts: argon2id password hashes (@node-rs/argon2), usernames unique.
import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { AccountCaches } from '../cache/accountCaches.js';
import type { Database } from '../db/Database.js';
import { users } from '../db/schema.js';

export type User = typeof users.$inferSelect;

export interface NewUser {
  username: string;
  password: string;
  email?: string | undefined;
  fullName?: string | undefined;
}

export class UsernameTakenError extends Error {
  constructor(username: string) {
    super(`The username ${username} is already taken`);
  }
}

/** A hash of nothing, verified when the username is unknown so that both cases take the same time. */
const decoyHash = hash('parley-decoy-password');

export function createUserStore(db: Database, caches: Pick<AccountCaches, 'users' | 'changed'>) {
  async function byId(id: string): Promise<User | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  }

  return {
    async create(input: NewUser): Promise<User> {
      const existing = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
      if (existing.length > 0) throw new UsernameTakenError(input.username);
      const [row] = await db
        .insert(users)
        .values({
          id: randomUUID(),
          username: input.username,
          passwordHash: await hash(input.password),
          email: input.email ?? null,
          fullName: input.fullName ?? null,
        })
        .returning();
      if (row === undefined) throw new Error('user insert returned nothing');
      return row;
    },

    byId,

    /**
     * The user as read moments ago by this instance (cache/accountCaches.ts): for reads that only show the row
     * (GET /me/api/profile), never for a read-modify-write.
     */
    cachedById(id: string): Promise<User | undefined> {
      return caches.users.read(id, () => byId(id));
    },

    async byUsername(username: string): Promise<User | undefined> {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row;
    },

    /** The user when the password matches; undefined otherwise (unknown user or wrong password alike). */
    async authenticate(username: string, password: string): Promise<User | undefined> {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      if (row === undefined) {
        await verify(await decoyHash, password);
        return undefined;
      }
      return (await verify(row.passwordHash, password)) ? row : undefined;
    },

    async setPassword(username: string, password: string): Promise<boolean> {
      const updated = await db.update(users).set({ passwordHash: await hash(password) }).where(eq(users.username, username)).returning({ id: users.id });
      if (updated.length === 1) await caches.changed();
      return updated.length === 1;
    },

    async update(id: string, changes: Partial<Pick<User, 'preferences' | 'visited'>>): Promise<void> {
      await db.update(users).set(changes).where(eq(users.id, id));
      await caches.changed();
    },
  };
}

export type UserStore = ReturnType<typeof createUserStore>;
