import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oauthCodes, oauthTokens } from '../db/schema.js';
import { sha256 } from '../security/secrets.js';
import { authorize, codeOf, createUserAndLogin, csrfOf, grantTokens, pkcePair, postToken, REDIRECT_URI } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let client: { clientId: string; clientSecret: string | null };
let cookie: string;

beforeAll(async () => {
  test = await startTestApp();
  client = await test.services.clients.create({ name: 'Test Client', redirectUris: [REDIRECT_URI], scopes: ['profile', 'user-read', 'user-exec-command'], isPublic: false });
  cookie = await createUserAndLogin(test.app, test.services, 'bob');
});
afterAll(async () => test.close());

const params = (extra: Record<string, string> = {}) => ({ response_type: 'code', client_id: client.clientId, redirect_uri: REDIRECT_URI, scope: 'profile user-read', ...extra });
const secret = () => ({ id: client.clientId, secret: client.clientSecret ?? '' });
const profile = (token: string) => test.app.inject({ method: 'GET', url: '/me/api/profile', headers: { authorization: `Bearer ${token}` } });

async function exchange(code: string, extra: Record<string, string> = {}) {
  return postToken(test.app, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, ...extra }, secret());
}

describe('authorization code flow', () => {
  it('sends an anonymous user to the login page, then shows the requested scopes', async () => {
    const anonymous = await test.app.inject({ method: 'GET', url: `/me/api/oauth2/authorize?${new URLSearchParams(params()).toString()}` });
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.location).toMatch(/^\/user\/login\?next=%2Fme%2Fapi%2Foauth2%2Fauthorize%3F/);
    const page = await test.app.inject({ method: 'GET', url: `/me/api/oauth2/authorize?${new URLSearchParams(params()).toString()}`, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Test Client');
    expect(page.body).toContain('<code>profile</code>');
    expect(page.body).toContain('<code>user-read</code>');
  });

  it('issues a code, exchanges it for a 1-hour bearer token with a refresh token', async () => {
    const granted = await authorize(test.app, cookie, params({ state: 'xyz' }));
    expect(granted.status).toBe(302);
    expect(granted.location.startsWith(`${REDIRECT_URI}?`)).toBe(true);
    expect(new URL(granted.location).searchParams.get('state')).toBe('xyz');
    const token = await exchange(codeOf(granted.location));
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(typeof token.body.refresh_token).toBe('string');
    const me = await profile(String(token.body.access_token));
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'bob', email: 'bob@example.com', locale: 'en-US', model_tag: 'default' });
  });

  it('answers the token and its refresh with every field of RFC 6749 §5.1, through the response schema', async () => {
    const granted = await authorize(test.app, cookie, params());
    const token = await exchange(codeOf(granted.location));
    expect(Object.keys(token.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type']);
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'profile user-read' });
    const refreshed = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(token.body.refresh_token) }, secret());
    expect(Object.keys(refreshed.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type']);
  });

  it('answers a body Fastify refuses with an RFC 6749 error, on the token and revocation endpoints', async () => {
    for (const url of ['/me/api/oauth2/token', '/me/api/oauth2/revoke']) {
      const text = await test.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/xml' }, payload: '<grant_type/>' });
      expect(text.statusCode).toBe(415);
      expect(text.json()).toEqual({ error: 'invalid_request', error_description: 'invalid content-type' });
      const badJson = await test.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"grant_type":' });
      expect(badJson.statusCode).toBe(400);
      expect(badJson.json()).toMatchObject({ error: 'invalid_request', error_description: expect.any(String) });
      expect(badJson.headers['cache-control']).toBe('no-store');
    }
  });

  it('accepts the client credentials in the body', async () => {
    const granted = await authorize(test.app, cookie, params());
    const token = await postToken(test.app, {
      grant_type: 'authorization_code', code: codeOf(granted.location), redirect_uri: REDIRECT_URI, client_id: client.clientId, client_secret: client.clientSecret ?? '',
    });
    expect(token.status).toBe(200);
  });

  it('stores codes and tokens only as hashes', async () => {
    const granted = await authorize(test.app, cookie, params());
    const code = codeOf(granted.location);
    expect(await test.database.db.select().from(oauthCodes).where(eq(oauthCodes.codeHash, code))).toEqual([]);
    expect(await test.database.db.select().from(oauthCodes).where(eq(oauthCodes.codeHash, sha256(code)))).toHaveLength(1);
    const token = await exchange(code);
    const rows = await test.database.db.select().from(oauthTokens).where(eq(oauthTokens.accessHash, sha256(String(token.body.access_token))));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(String(token.body.access_token));
  });

  it('redirects a denial with error=access_denied', async () => {
    const denied = await authorize(test.app, cookie, params({ state: 's1' }), 'deny');
    expect(denied.status).toBe(302);
    const url = new URL(denied.location);
    expect(url.searchParams.get('error')).toBe('access_denied');
    expect(url.searchParams.get('state')).toBe('s1');
    expect(url.searchParams.get('code')).toBeNull();
  });

  it('refuses a consent without the session CSRF token', async () => {
    const response = await test.app.inject({
      method: 'POST', url: '/me/api/oauth2/authorize', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...params(), decision: 'allow', _csrf: 'forged' }).toString(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers.location).toBeUndefined();
  });
});

describe('authorization request checks', () => {
  it('requires an exact redirect_uri match (no prefix match) and never redirects to a bad one', async () => {
    for (const redirect of [`${REDIRECT_URI}/more`, `${REDIRECT_URI}?x=1`, 'https://evil.example/almond_auth']) {
      const response = await authorize(test.app, cookie, params({ redirect_uri: redirect }));
      expect(response.status).toBe(403);
      expect(response.location).toBe('');
    }
  });

  it('rejects unknown clients (403), bad response types and scopes (400)', async () => {
    expect((await authorize(test.app, cookie, params({ client_id: 'nope' }))).status).toBe(403);
    expect((await authorize(test.app, cookie, params({ response_type: 'token' }))).status).toBe(400);
    expect((await authorize(test.app, cookie, params({ scope: 'profile developer-admin' }))).status).toBe(400);
    expect((await authorize(test.app, cookie, params({ scope: 'profile nonsense' }))).status).toBe(400);
  });

  it('accepts user-exec-commands as an alias of user-exec-command', async () => {
    const granted = await authorize(test.app, cookie, params({ scope: 'user-exec-commands' }));
    expect(granted.status).toBe(302);
    const token = await exchange(codeOf(granted.location));
    expect(token.body.scope).toBe('user-exec-command');
  });
});

describe('token endpoint', () => {
  it('refuses a wrong client secret with invalid_client', async () => {
    const granted = await authorize(test.app, cookie, params());
    const token = await postToken(test.app, { grant_type: 'authorization_code', code: codeOf(granted.location), redirect_uri: REDIRECT_URI }, { id: client.clientId, secret: 'wrong' });
    expect(token.status).toBe(401);
    expect(token.body.error).toBe('invalid_client');
  });

  it('requires the same redirect_uri as the authorization request', async () => {
    const granted = await authorize(test.app, cookie, params());
    const code = codeOf(granted.location);
    const wrong = await postToken(test.app, { grant_type: 'authorization_code', code, redirect_uri: 'https://client.example/other' }, secret());
    expect(wrong.status).toBe(400);
    const missing = await postToken(test.app, { grant_type: 'authorization_code', code }, secret());
    expect(missing.status).toBe(400);
  });

  it('uses a code once; a replay fails and revokes the tokens it issued', async () => {
    const granted = await authorize(test.app, cookie, params());
    const code = codeOf(granted.location);
    const first = await exchange(code);
    expect(first.status).toBe(200);
    expect((await profile(String(first.body.access_token))).statusCode).toBe(200);
    const replay = await exchange(code);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    expect((await profile(String(first.body.access_token))).statusCode).toBe(401);
  });

  it('refuses a code older than 10 minutes', async () => {
    const granted = await authorize(test.app, cookie, params());
    const code = codeOf(granted.location);
    const [row] = await test.database.db.select().from(oauthCodes).where(eq(oauthCodes.codeHash, sha256(code)));
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(590_000);
    expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(600_000);
    await test.database.db.update(oauthCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(oauthCodes.codeHash, sha256(code)));
    const token = await exchange(code);
    expect(token.status).toBe(400);
    expect(token.body.error).toBe('invalid_grant');
  });

  it('allows browser clients to call it cross-origin', async () => {
    const preflight = await test.app.inject({ method: 'OPTIONS', url: '/me/api/oauth2/token', headers: { origin: 'https://spa.example', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    const response = await test.app.inject({ method: 'POST', url: '/me/api/oauth2/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'grant_type=authorization_code' });
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers unsupported grant types', async () => {
    const token = await postToken(test.app, { grant_type: 'urn:example:magic' }, secret());
    expect(token.body.error).toBe('unsupported_grant_type');
    const password = await postToken(test.app, { grant_type: 'password', username: 'bob', password: 'bob-password' }, secret());
    expect(password.body.error).toBe('unauthorized_client');
  });
});

describe('PKCE', () => {
  it('is required for public clients', async () => {
    const publicClient = await test.services.clients.create({ name: 'Phone', redirectUris: [REDIRECT_URI], scopes: ['profile'], isPublic: true });
    expect(publicClient.clientSecret).toBeNull();
    const base = { response_type: 'code', client_id: publicClient.clientId, redirect_uri: REDIRECT_URI, scope: 'profile' };
    expect((await authorize(test.app, cookie, base)).status).toBe(400);
    const { verifier, challenge } = pkcePair();
    expect((await authorize(test.app, cookie, { ...base, code_challenge: challenge, code_challenge_method: 'plain' })).status).toBe(400);
    const granted = await authorize(test.app, cookie, { ...base, code_challenge: challenge, code_challenge_method: 'S256' });
    expect(granted.status).toBe(302);
    const code = codeOf(granted.location);
    const fields = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: publicClient.clientId };
    const wrong = await postToken(test.app, { ...fields, code_verifier: pkcePair().verifier });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    // the failed attempt consumed the code
    expect((await postToken(test.app, { ...fields, code_verifier: verifier })).status).toBe(400);

    const again = codeOf((await authorize(test.app, cookie, { ...base, code_challenge: challenge })).location);
    expect((await postToken(test.app, { ...fields, code: again })).status).toBe(400);
    const third = codeOf((await authorize(test.app, cookie, { ...base, code_challenge: challenge })).location);
    const ok = await postToken(test.app, { ...fields, code: third, code_verifier: verifier });
    expect(ok.status).toBe(200);
    const refreshed = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(ok.body.refresh_token), client_id: publicClient.clientId });
    expect(refreshed.status).toBe(200);
  });

  it('is verified for confidential clients that use it', async () => {
    const { challenge } = pkcePair();
    const granted = await authorize(test.app, cookie, params({ code_challenge: challenge, code_challenge_method: 'S256' }));
    const token = await exchange(codeOf(granted.location), { code_verifier: pkcePair().verifier });
    expect(token.body.error).toBe('invalid_grant');
  });
});

describe('refresh tokens', () => {
  it('rotate; reusing a rotated one revokes the whole grant', async () => {
    const granted = await authorize(test.app, cookie, params());
    const first = await exchange(codeOf(granted.location));
    const second = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) }, secret());
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    expect((await profile(String(second.body.access_token))).statusCode).toBe(200);

    const reuse = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) }, secret());
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    expect((await profile(String(second.body.access_token))).statusCode).toBe(401);
    const next = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(second.body.refresh_token) }, secret());
    expect(next.body.error).toBe('invalid_grant');
  });

  it('asking for more scope are refused before they rotate: the token stays good for an honest refresh', async () => {
    const granted = await authorize(test.app, cookie, params({ scope: 'profile' }));
    const first = await exchange(codeOf(granted.location));
    const wider = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token), scope: 'profile user-exec-command' }, secret());
    expect(wider.status).toBe(400);
    expect(wider.body.error).toBe('invalid_scope');
    const honest = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) }, secret());
    expect(honest.status).toBe(200);
    expect((await profile(String(honest.body.access_token))).statusCode).toBe(200);
  });

  it('need the client secret of a confidential client and belong to their client', async () => {
    const granted = await authorize(test.app, cookie, params());
    const first = await exchange(codeOf(granted.location));
    const noSecret = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token), client_id: client.clientId });
    expect(noSecret.body.error).toBe('invalid_client');
    const other = await test.services.clients.create({ name: 'Other', redirectUris: [REDIRECT_URI], scopes: ['profile'], isPublic: false });
    const stolen = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(first.body.refresh_token) }, { id: other.clientId, secret: other.clientSecret ?? '' });
    expect(stolen.body.error).toBe('invalid_grant');
  });
});

describe('bearer tokens', () => {
  it('answer 401 Unauthorized without a token or with an unknown one', async () => {
    const none = await test.app.inject({ method: 'GET', url: '/me/api/profile' });
    expect(none.statusCode).toBe(401);
    expect(none.body).toBe('Unauthorized');
    expect((await profile('made-up')).statusCode).toBe(401);
  });

  it('expire after an hour (403 jwt expired) and refresh tokens are not bearer tokens', async () => {
    const granted = await authorize(test.app, cookie, params());
    const token = await exchange(codeOf(granted.location));
    await test.database.db.update(oauthTokens).set({ accessExpiresAt: new Date(Date.now() - 1) }).where(eq(oauthTokens.accessHash, sha256(String(token.body.access_token))));
    const expired = await profile(String(token.body.access_token));
    expect(expired.statusCode).toBe(403);
    expect(expired.json()).toEqual({ error: 'jwt expired' });
    const refresh = await profile(String(token.body.refresh_token));
    expect(refresh.statusCode).toBe(403);
    expect(refresh.json()).toEqual({ error: 'jwt audience invalid. expected: oauth2' });
  });

  it('need the scope of the endpoint', async () => {
    const granted = await authorize(test.app, cookie, params({ scope: 'user-read' }));
    const token = await exchange(codeOf(granted.location));
    const response = await profile(String(token.body.access_token));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'invalid scope' });
  });
});

describe('revocation', () => {
  it('of an access token (RFC 7009) takes effect at once', async () => {
    const granted = await authorize(test.app, cookie, params());
    const token = await exchange(codeOf(granted.location));
    const revoke = await test.app.inject({
      method: 'POST', url: '/me/api/oauth2/revoke',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}` },
      payload: new URLSearchParams({ token: String(token.body.access_token) }).toString(),
    });
    expect(revoke.statusCode).toBe(200);
    expect((await profile(String(token.body.access_token))).statusCode).toBe(401);
  });

  it('of a refresh token revokes the grant; other clients cannot revoke it', async () => {
    const granted = await authorize(test.app, cookie, params());
    const token = await exchange(codeOf(granted.location));
    const other = await test.services.clients.create({ name: 'Other', redirectUris: [REDIRECT_URI], scopes: ['profile'], isPublic: false });
    const revokeAs = (id: string, secretValue: string) =>
      test.app.inject({
        method: 'POST', url: '/me/api/oauth2/revoke', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ token: String(token.body.refresh_token), client_id: id, client_secret: secretValue }).toString(),
      });
    expect((await revokeAs(client.clientId, 'wrong')).statusCode).toBe(401);
    expect((await revokeAs(other.clientId, other.clientSecret ?? '')).statusCode).toBe(200);
    expect((await profile(String(token.body.access_token))).statusCode).toBe(200);
    expect((await revokeAs(client.clientId, client.clientSecret ?? '')).statusCode).toBe(200);
    expect((await profile(String(token.body.access_token))).statusCode).toBe(401);
    const refreshed = await postToken(test.app, { grant_type: 'refresh_token', refresh_token: String(token.body.refresh_token) }, secret());
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('from the user pages needs the CSRF token and cuts access tokens at once', async () => {
    const { cookie: aliceCookie, accessToken, client: aliceClient } = await grantTokens(test.app, test.services, 'alice', 'profile');
    expect((await profile(accessToken)).statusCode).toBe(200);
    const post = (csrf: string) =>
      test.app.inject({
        method: 'POST', url: '/user/revoke-oauth2', headers: { cookie: aliceCookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ client_id: aliceClient.clientId, _csrf: csrf }).toString(),
      });
    expect((await post('forged')).statusCode).toBe(403);
    expect((await profile(accessToken)).statusCode).toBe(200);
    const page = await test.app.inject({ method: 'GET', url: `/me/api/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: aliceClient.clientId, redirect_uri: REDIRECT_URI, scope: 'profile' }).toString()}`, headers: { cookie: aliceCookie } });
    expect((await post(csrfOf(page.body))).statusCode).toBe(303);
    expect((await profile(accessToken)).statusCode).toBe(401);
  });
});
