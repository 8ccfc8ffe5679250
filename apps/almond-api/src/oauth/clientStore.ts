// OAuth clients (registered by the admin CLI or the developer page) and the grants users gave them.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { AccountCaches } from '../cache/accountCaches.js';
import type { Database } from '../db/Database.js';
import { oauthClients, oauthGrants } from '../db/schema.js';
import { randomToken, safeEqual, sha256 } from '../security/secrets.js';
import type { Scope } from './scopes.js';

export type OAuthClient = typeof oauthClients.$inferSelect;

export interface NewClient {
  name: string;
  redirectUris: string[];
  scopes: Scope[];
  isPublic: boolean;
  ownerId?: string | undefined;
}

/** A redirect URI must be absolute, https or a loopback http address (RFC 8252 §7.3), without a fragment. */
export function isAcceptableRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hash !== '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export function createClientStore(db: Database, caches: Pick<AccountCaches, 'changed'>) {
  return {
    /** Registers a client; the secret (null for public clients) is shown once and stored hashed. */
    async create(input: NewClient): Promise<{ clientId: string; clientSecret: string | null }> {
      for (const uri of input.redirectUris) {
        if (!isAcceptableRedirectUri(uri)) throw new Error(`Invalid redirect URI ${uri}: use https, or http on 127.0.0.1/localhost`);
      }
      const clientId = randomBytes(12).toString('hex');
      const clientSecret = input.isPublic ? null : randomToken();
      await db.insert(oauthClients).values({
        id: clientId,
        name: input.name,
        secretHash: clientSecret === null ? null : sha256(clientSecret),
        redirectUris: input.redirectUris,
        allowedScopes: input.scopes,
        ownerId: input.ownerId ?? null,
      });
      return { clientId, clientSecret };
    },

    async byId(clientId: string): Promise<OAuthClient | undefined> {
      const [row] = await db.select().from(oauthClients).where(eq(oauthClients.id, clientId));
      return row;
    },

    /**
     * The client when the credentials fit it: a confidential client needs its secret, a public client must not
     * send one.
     */
    async authenticate(clientId: string, secret: string | undefined | null): Promise<OAuthClient | undefined> {
      const client = await this.byId(clientId);
      if (client === undefined) return undefined;
      if (client.secretHash === null) return secret ? undefined : client;
      if (!secret) return undefined;
      return safeEqual(sha256(secret), client.secretHash) ? client : undefined;
    },

    async ownedBy(ownerId: string): Promise<OAuthClient[]> {
      return db.select().from(oauthClients).where(eq(oauthClients.ownerId, ownerId));
    },

    /** Clients the user has authorised (live grants), with the union of the scopes granted. */
    async authorizedBy(userId: string): Promise<Array<{ clientId: string; name: string; scopes: string[] }>> {
      const rows = await db
        .select({ clientId: oauthClients.id, name: oauthClients.name, scopes: oauthGrants.scopes })
        .from(oauthGrants)
        .innerJoin(oauthClients, eq(oauthGrants.clientId, oauthClients.id))
        .where(and(eq(oauthGrants.userId, userId), isNull(oauthGrants.revokedAt)));
      const byClient = new Map<string, { clientId: string; name: string; scopes: string[] }>();
      for (const row of rows) {
        const entry = byClient.get(row.clientId) ?? { clientId: row.clientId, name: row.name, scopes: [] };
        entry.scopes = [...new Set([...entry.scopes, ...row.scopes])];
        byClient.set(row.clientId, entry);
      }
      return [...byClient.values()];
    },

    /** Revokes every grant of the user to the client: its tokens stop working at once. */
    async revokeAccess(userId: string, clientId: string): Promise<void> {
      await db
        .update(oauthGrants)
        .set({ revokedAt: new Date() })
        .where(and(eq(oauthGrants.userId, userId), eq(oauthGrants.clientId, clientId), isNull(oauthGrants.revokedAt)));
      await caches.changed();
    },

    async createGrant(userId: string, clientId: string, scopes: string[]): Promise<string> {
      const id = randomUUID();
      await db.insert(oauthGrants).values({ id, userId, clientId, scopes });
      return id;
    },
  };
}

export type ClientStore = ReturnType<typeof createClientStore>;
