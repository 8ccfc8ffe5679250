// The token and user caches across two instances on one database (PGlite in process; a scratch Postgres database
// when DATABASE_URL is set): revocations and user changes reach the other instance through the Notifier, and
// anything the Notifier cannot carry (a change made in the database by hand) ends with the entries' life.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { setTimeout as wait } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlmondApp } from '../app.js';
import { oauthTokens } from '../db/schema.js';
import { sha256 } from '../security/secrets.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

// Instance A and instance B on one database. The caches' clock stands still unless a test moves it: an entry
// ends only when a test says so, so whatever a test sees change came from an invalidation.
const clock = { time: 0 };
let a: TestApp;
let b: AlmondApp;
beforeAll(async () => {
  a = await startTestApp({ accountCaches: { ttlMs: 1000, now: () => clock.time } });
  b = await a.anotherInstance();
});
afterAll(async () => a.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const profileStatus = async (app: FastifyInstance, token: string) =>
  (await app.inject({ method: 'GET', url: '/me/api/profile', headers: { authorization: `Bearer ${token}` } })).statusCode;

/** Waits up to 2 s for `app` to answer `status` (the notification travels through the database). */
async function eventually(app: FastifyInstance, token: string, status: number): Promise<number> {
  let last = await profileStatus(app, token);
  for (let waited = 0; last !== status && waited < 2000; waited += 20) {
    await wait(20);
    last = await profileStatus(app, token);
  }
  return last;
}

const basic = (client: { clientId: string; clientSecret: string | null }) =>
  `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret ?? ''}`).toString('base64')}`;

describe('account caches', () => {
  it('a token revoked on one instance stops working on the other, without the entries expiring', async () => {
    const { client, accessToken } = await grantTokens(a.app, a.services, 'ann', 'profile');
    expect(await profileStatus(a.app, accessToken)).toBe(200); // now in A's cache
    const revoke = await b.app.inject({
      method: 'POST', url: '/me/api/oauth2/revoke',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(client) },
      payload: new URLSearchParams({ token: accessToken }).toString(),
    });
    expect(revoke.statusCode).toBe(200);
    expect(await profileStatus(b.app, accessToken)).toBe(401);
    expect(await eventually(a.app, accessToken, 401)).toBe(401);
  });

  it('a grant revoked on the same instance stops its cached token at once', async () => {
    const { client, accessToken } = await grantTokens(a.app, a.services, 'ben', 'profile');
    expect(await profileStatus(a.app, accessToken)).toBe(200);
    const user = await a.services.users.byUsername('ben');
    await a.services.clients.revokeAccess(user?.id ?? '', client.clientId);
    expect(await profileStatus(a.app, accessToken)).toBe(401);
  });

  it('a revocation the instances were not told of (made in the database by hand) ends with the entry’s life', async () => {
    const { accessToken } = await grantTokens(a.app, a.services, 'cat', 'profile');
    expect(await profileStatus(a.app, accessToken)).toBe(200);
    await a.database.db.update(oauthTokens).set({ revokedAt: new Date() }).where(eq(oauthTokens.accessHash, sha256(accessToken)));
    const cachedAt = clock.time;
    clock.time = cachedAt + 999;
    expect(await profileStatus(a.app, accessToken)).toBe(200);
    clock.time = cachedAt + 1000;
    expect(await profileStatus(a.app, accessToken)).toBe(401);
  });

  it('a cached token still expires at its own expiry', async () => {
    const { accessToken } = await grantTokens(a.app, a.services, 'dan', 'profile');
    expect(await profileStatus(a.app, accessToken)).toBe(200);
    const [row] = await a.database.db.select({ expiresAt: oauthTokens.accessExpiresAt }).from(oauthTokens).where(eq(oauthTokens.accessHash, sha256(accessToken)));
    const expiry = row?.expiresAt.getTime() ?? 0;
    vi.spyOn(Date, 'now').mockReturnValue(expiry);
    const expired = await a.app.inject({ method: 'GET', url: '/me/api/profile', headers: { authorization: `Bearer ${accessToken}` } });
    expect(expired.statusCode).toBe(403);
    expect(expired.json()).toEqual({ error: 'jwt expired' });
  });

  it('a user changed on one instance is read afresh by the other; a password change too', async () => {
    await grantTokens(a.app, a.services, 'eve', 'profile');
    const id = (await a.services.users.byUsername('eve'))?.id ?? '';
    const before = await a.services.users.cachedById(id);
    expect(before?.visited).toBe(false);
    await b.services.users.update(id, { visited: true });
    let seen = await a.services.users.cachedById(id);
    for (let waited = 0; seen?.visited !== true && waited < 2000; waited += 20) {
      await wait(20);
      seen = await a.services.users.cachedById(id);
    }
    expect(seen?.visited).toBe(true);
    await b.services.users.setPassword('eve', 'another-password');
    let hash = (await a.services.users.cachedById(id))?.passwordHash;
    for (let waited = 0; hash === seen?.passwordHash && waited < 2000; waited += 20) {
      await wait(20);
      hash = (await a.services.users.cachedById(id))?.passwordHash;
    }
    expect(hash).not.toBe(seen?.passwordHash);
  });
});
