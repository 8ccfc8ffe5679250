// The storage model behind @node-oauth/oauth2-server, with this project's stricter rules (docs/protocols/almond.md §6):
// codes single-use (a replayed code revokes its grant), refresh tokens rotated (a replayed one revokes its grant),
// revocation effective at once, everything stored as SHA-256 of high-entropy random values. A refresh token is
// rotated only when its successor is saved, i.e. after the library has checked the request (scope included): a
// refused refresh leaves it usable.
import { randomUUID } from 'node:crypto';
import OAuth2Server from '@node-oauth/oauth2-server';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { AccountCaches } from '../cache/accountCaches.js';
import type { Database } from '../db/Database.js';
import { oauthClients, oauthCodes, oauthGrants, oauthTokens } from '../db/schema.js';
import { randomToken, sha256 } from '../security/secrets.js';
import type { ClientStore, OAuthClient } from './clientStore.js';
import { parseScopes } from './scopes.js';

/** The user object the library carries between model calls: who, and under which grant. */
interface GrantUser {
  id: string;
  grantId?: string;
  /** During a refresh: the refresh token its successor replaces. */
  rotates?: string;
}

/** A live access token, as the bearer check sees it. */
export interface AccessTokenInfo {
  userId: string;
  clientId: string;
  scopes: string[];
  expiresAt: Date;
}

function libraryClient(client: OAuthClient): OAuth2Server.Client {
  return { id: client.id, redirectUris: client.redirectUris, grants: ['authorization_code', 'refresh_token'] };
}

function asGrantUser(user: OAuth2Server.User): GrantUser {
  const { id, grantId, rotates } = user as { id?: unknown; grantId?: unknown; rotates?: unknown };
  if (typeof id !== 'string') throw new Error('OAuth user without id');
  return { id, ...(typeof grantId === 'string' ? { grantId } : {}), ...(typeof rotates === 'string' ? { rotates } : {}) };
}

export function createOAuthModel(db: Database, clients: ClientStore, caches: Pick<AccountCaches, 'tokens' | 'changed'>) {
  async function revokeGrant(grantId: string): Promise<void> {
    await db.update(oauthGrants).set({ revokedAt: new Date() }).where(eq(oauthGrants.id, grantId));
    await caches.changed();
  }

  /** The client of a grant, when the grant is still live. */
  async function liveGrant(grantId: string) {
    const [row] = await db
      .select({ grant: oauthGrants, client: oauthClients })
      .from(oauthGrants)
      .innerJoin(oauthClients, eq(oauthGrants.clientId, oauthClients.id))
      .where(and(eq(oauthGrants.id, grantId), isNull(oauthGrants.revokedAt)));
    return row;
  }

  const shared = {
    generateAccessToken: async () => randomToken(),
    generateRefreshToken: async () => randomToken(),
    generateAuthorizationCode: async () => randomToken(),

    async validateScope(_user: OAuth2Server.User, client: OAuth2Server.Client, scope?: string[]) {
      const requested = parseScopes(scope ?? []);
      const stored = await clients.byId(client.id);
      if (requested === undefined || requested.length === 0 || stored === undefined) return false;
      return requested.every((name) => stored.allowedScopes.includes(name)) ? requested : false;
    },

    async saveAuthorizationCode(
      code: Pick<OAuth2Server.AuthorizationCode, 'authorizationCode' | 'expiresAt' | 'redirectUri' | 'scope' | 'codeChallenge' | 'codeChallengeMethod'>,
      client: OAuth2Server.Client,
      user: OAuth2Server.User,
    ) {
      const scopes = code.scope ?? [];
      const grantId = await clients.createGrant(asGrantUser(user).id, client.id, scopes);
      await db.insert(oauthCodes).values({
        codeHash: sha256(code.authorizationCode),
        grantId,
        redirectUri: code.redirectUri,
        scopes,
        codeChallenge: code.codeChallenge ?? null,
        codeChallengeMethod: code.codeChallengeMethod ?? null,
        expiresAt: code.expiresAt,
      });
      return { ...code, client, user };
    },

    async getAuthorizationCode(authorizationCode: string) {
      const [row] = await db.select().from(oauthCodes).where(eq(oauthCodes.codeHash, sha256(authorizationCode)));
      if (row === undefined) return false;
      if (row.usedAt !== null) {
        await revokeGrant(row.grantId); // RFC 6749 §4.1.2: a replayed code revokes what it issued
        return false;
      }
      const live = await liveGrant(row.grantId);
      if (live === undefined) return false;
      const code: OAuth2Server.AuthorizationCode = {
        authorizationCode,
        expiresAt: row.expiresAt,
        redirectUri: row.redirectUri,
        scope: row.scopes,
        client: libraryClient(live.client),
        user: { id: live.grant.userId, grantId: row.grantId },
      };
      if (row.codeChallenge !== null) code.codeChallenge = row.codeChallenge;
      if (row.codeChallengeMethod !== null) code.codeChallengeMethod = row.codeChallengeMethod;
      return code;
    },

    async revokeAuthorizationCode(code: OAuth2Server.AuthorizationCode) {
      const used = await db
        .update(oauthCodes)
        .set({ usedAt: new Date() })
        .where(and(eq(oauthCodes.codeHash, sha256(code.authorizationCode)), isNull(oauthCodes.usedAt)))
        .returning({ codeHash: oauthCodes.codeHash });
      return used.length === 1;
    },

    async saveToken(token: OAuth2Server.Token, client: OAuth2Server.Client, user: OAuth2Server.User) {
      const { grantId, rotates } = asGrantUser(user);
      if (grantId === undefined || token.accessTokenExpiresAt === undefined) return false;
      if (rotates !== undefined) {
        const rotated = await db
          .update(oauthTokens)
          .set({ rotatedAt: new Date() })
          .where(and(eq(oauthTokens.refreshHash, sha256(rotates)), isNull(oauthTokens.rotatedAt)))
          .returning({ id: oauthTokens.id });
        // another request rotated it meanwhile
        if (rotated.length !== 1) throw new OAuth2Server.InvalidGrantError('Invalid grant: refresh token is invalid or could not be revoked');
      }
      await db.insert(oauthTokens).values({
        id: randomUUID(),
        grantId,
        accessHash: sha256(token.accessToken),
        refreshHash: token.refreshToken === undefined ? null : sha256(token.refreshToken),
        scopes: token.scope ?? [],
        accessExpiresAt: token.accessTokenExpiresAt,
      });
      return { ...token, client, user };
    },

    async getRefreshToken(refreshToken: string) {
      const [row] = await db.select().from(oauthTokens).where(eq(oauthTokens.refreshHash, sha256(refreshToken)));
      if (row === undefined || row.revokedAt !== null) return false;
      if (row.rotatedAt !== null) {
        await revokeGrant(row.grantId); // reuse of a rotated refresh token: the grant is compromised
        return false;
      }
      const live = await liveGrant(row.grantId);
      if (live === undefined) return false;
      return {
        refreshToken,
        scope: row.scopes,
        client: libraryClient(live.client),
        user: { id: live.grant.userId, grantId: row.grantId, rotates: refreshToken } satisfies GrantUser,
      };
    },

    /** Called before the request's scope is checked: only whether the token may still rotate (saveToken rotates it). */
    async revokeToken(token: OAuth2Server.RefreshToken) {
      const [row] = await db
        .select({ id: oauthTokens.id })
        .from(oauthTokens)
        .where(and(eq(oauthTokens.refreshHash, sha256(token.refreshToken)), isNull(oauthTokens.rotatedAt)));
      return row !== undefined;
    },

    /** Required by the library's model interface; the /me/api bearer check uses `lookupAccessToken` directly. */
    async getAccessToken(accessToken: string) {
      const info = await lookupAccessToken(accessToken);
      if (info === undefined) return false;
      return {
        accessToken,
        accessTokenExpiresAt: info.expiresAt,
        scope: info.scopes,
        client: { id: info.clientId, grants: [] },
        user: { id: info.userId },
      };
    },
  };

  /**
   * An access token that is neither revoked nor from a revoked grant (expired ones included: callers check), from
   * the instance's token cache when it checked the same token moments ago (cache/accountCaches.ts).
   */
  function lookupAccessToken(accessToken: string): Promise<AccessTokenInfo | undefined> {
    const hash = sha256(accessToken);
    return caches.tokens.read(hash, () => readAccessToken(hash));
  }

  async function readAccessToken(hash: string): Promise<AccessTokenInfo | undefined> {
    const [row] = await db
      .select({ token: oauthTokens, grant: oauthGrants })
      .from(oauthTokens)
      .innerJoin(oauthGrants, eq(oauthTokens.grantId, oauthGrants.id))
      .where(and(eq(oauthTokens.accessHash, hash), isNull(oauthTokens.revokedAt), isNull(oauthGrants.revokedAt)));
    if (row === undefined) return undefined;
    return { userId: row.grant.userId, clientId: row.grant.clientId, scopes: row.token.scopes, expiresAt: row.token.accessExpiresAt };
  }

  /** Whether the value is a refresh token we issued (presented where an access token belongs). */
  async function isRefreshToken(value: string): Promise<boolean> {
    const rows = await db.select({ id: oauthTokens.id }).from(oauthTokens).where(eq(oauthTokens.refreshHash, sha256(value)));
    return rows.length > 0;
  }

  /**
   * RFC 7009: revokes the token if it belongs to the client. A refresh token takes its whole grant with it; an
   * access token only itself. Unknown tokens are ignored.
   */
  async function revokeForClient(value: string, clientId: string): Promise<void> {
    const hash = sha256(value);
    const [row] = await db
      .select({ token: oauthTokens, grant: oauthGrants })
      .from(oauthTokens)
      .innerJoin(oauthGrants, eq(oauthTokens.grantId, oauthGrants.id))
      .where(or(eq(oauthTokens.accessHash, hash), eq(oauthTokens.refreshHash, hash)));
    if (row === undefined || row.grant.clientId !== clientId) return;
    if (row.token.refreshHash === hash) await revokeGrant(row.grant.id);
    else {
      await db.update(oauthTokens).set({ revokedAt: new Date() }).where(eq(oauthTokens.id, row.token.id));
      await caches.changed();
    }
  }

  /** Two models: the authorize endpoint looks clients up by id; the token endpoint authenticates them. */
  return {
    authorizeModel: { ...shared, getClient: async (clientId: string) => clientOrFalse(await clients.byId(clientId)) },
    tokenModel: {
      ...shared,
      getClient: async (clientId: string, secret: string | undefined) => clientOrFalse(await clients.authenticate(clientId, secret)),
    },
    lookupAccessToken,
    isRefreshToken,
    revokeForClient,
  };
}

function clientOrFalse(client: OAuthClient | undefined): OAuth2Server.Client | false {
  return client === undefined ? false : libraryClient(client);
}

export type OAuthModel = ReturnType<typeof createOAuthModel>;
