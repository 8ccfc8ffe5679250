// Browser sessions: a random cookie value whose SHA-256 is the row key, with a CSRF token for the session's forms.
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { webSessions } from '../db/schema.js';
import { randomToken, sha256 } from '../security/secrets.js';

export const SESSION_COOKIE = 'almond_session';
const SESSION_LIFETIME_MS = 14 * 24 * 3600 * 1000;

export interface WebSession {
  userId: string;
  csrfToken: string;
}

export function createSessionStore(db: Database) {
  return {
    /** Starts a session; returns the cookie value (never stored). */
    async start(userId: string): Promise<{ cookie: string; session: WebSession; maxAgeSeconds: number }> {
      const cookie = randomToken();
      const session = { userId, csrfToken: randomToken() };
      await db.insert(webSessions).values({ idHash: sha256(cookie), ...session, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) });
      return { cookie, session, maxAgeSeconds: SESSION_LIFETIME_MS / 1000 };
    },

    async find(cookie: string): Promise<WebSession | undefined> {
      const [row] = await db
        .select({ userId: webSessions.userId, csrfToken: webSessions.csrfToken })
        .from(webSessions)
        .where(and(eq(webSessions.idHash, sha256(cookie)), gt(webSessions.expiresAt, new Date())));
      return row;
    },

    async end(cookie: string): Promise<void> {
      await db.delete(webSessions).where(eq(webSessions.idHash, sha256(cookie)));
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
