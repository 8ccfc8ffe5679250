// The security of almond-api's OAuth 2.0 provider and its bearer API, from the outside: each test fails if the
// protection it names is removed (code replay, redirect URI checks, scope limits, PKCE, refresh-token rotation,
// per-user data, consent and login CSRF, secrets of any length).
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  almondDeployment, authorizeParameters, codeOf, consent, createClient, createUser, grantTokens, loadAccountForm, login, pkcePair, REDIRECT_URI, spawnAlmond,
  submitAccountForm, token,
  type OAuthClient,
} from '../harness/almondAccounts.js';
import { http } from '../harness/http.js';
import { scratchDatabaseIfAvailable } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

describe('almond-api: OAuth provider and API security', () => {
  let storage: ScratchDatabase | undefined;
  let app: SpawnedApp;
  let confidential: OAuthClient;
  let publicClient: OAuthClient;
  let readOnlyClient: OAuthClient;
  const alice = { username: 'alice', password: 'alice-password' };
  const bob = { username: 'bob', password: 'bob-password' };

  beforeAll(async () => {
    storage = await scratchDatabaseIfAvailable('almond_security');
    const deployment = almondDeployment(storage?.url);
    // The admin CLI before the server: on PGlite only one process may have the data folder open.
    await createUser(deployment, 'alice');
    await createUser(deployment, 'bob');
    confidential = await createClient(deployment);
    publicClient = await createClient(deployment, { isPublic: true });
    readOnlyClient = await createClient(deployment, { scopes: 'profile user-read' });
    app = await spawnAlmond(deployment);
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.drop();
  });

  const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });
  const profile = (accessToken: string) => http(`${app.url}/me/api/profile`, { headers: bearer(accessToken) });
  const secretOf = (client: OAuthClient) => ({ client_id: client.clientId, client_secret: client.clientSecret ?? '' });
  const exchange = (code: string, client: OAuthClient = confidential, extra: Record<string, string> = {}) =>
    token(app.url, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, ...secretOf(client), ...extra });

  it('uses a code once: a replay is invalid_grant and revokes the tokens the code gave', async () => {
    const cookie = await login(app.url, alice);
    const code = codeOf((await consent(app.url, cookie, authorizeParameters(confidential))).location);
    const first = await exchange(code);
    expect(first.status).toBe(200);
    expect((await profile(String(first.body.access_token))).status).toBe(200);
    const replay = await exchange(code);
    expect(replay).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await profile(String(first.body.access_token))).status).toBe(401);
  });

  it('never redirects to an unregistered redirect_uri (prefix, query, other host) and refuses a mismatched one at the token endpoint', async () => {
    const cookie = await login(app.url, alice);
    for (const redirect of [`${REDIRECT_URI}/more`, `${REDIRECT_URI}?next=https://evil.example`, 'https://evil.example/almond_auth', `${REDIRECT_URI}@evil.example`]) {
      const answer = await consent(app.url, cookie, authorizeParameters(confidential, { redirect_uri: redirect }));
      expect(answer, redirect).toEqual({ status: 403, location: '' });
      const posted = await consent(app.url, cookie, authorizeParameters(confidential), { redirect_uri: redirect });
      expect(posted.status, `POST ${redirect}`).toBe(403);
      expect(posted.location).toBe('');
    }
    const code = codeOf((await consent(app.url, cookie, authorizeParameters(confidential))).location);
    expect((await exchange(code, confidential, { redirect_uri: 'https://client.example/other' })).status).toBe(400);
  });

  it('sends the login form only to local paths (no open redirect through next)', async () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
      const response = await submitAccountForm(app.url, '/user/login', { ...alice, next });
      expect(response.status).toBe(303);
      expect(response.headers.get('location'), next).toBe('/');
    }
  });

  it('refuses scopes beyond what the client may ask, and an API call beyond what the token carries', async () => {
    const cookie = await login(app.url, alice);
    const escalated = await consent(app.url, cookie, authorizeParameters(readOnlyClient, { scope: 'profile user-read user-exec-command' }));
    expect(escalated).toEqual({ status: 400, location: '' });
    const posted = await consent(app.url, cookie, authorizeParameters(readOnlyClient, { scope: 'profile' }), { scope: 'profile user-exec-command' });
    expect(posted.status).toBe(400);

    const { accessToken, refreshToken } = await grantTokens(app.url, alice, confidential, 'profile user-read');
    const create = await http(`${app.url}/me/api/apps/create`, { headers: bearer(accessToken), body: { code: 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;' } });
    expect(create.status).toBe(403);
    const wider = await token(app.url, { grant_type: 'refresh_token', refresh_token: refreshToken, scope: 'profile user-read user-exec-command', ...secretOf(confidential) });
    expect(wider.status).toBe(400);
    expect(wider.body.error).toBe('invalid_scope');
  });

  it('requires PKCE S256 from public clients and checks the verifier (no downgrade)', async () => {
    const cookie = await login(app.url, alice);
    const publicParameters = authorizeParameters(publicClient);
    expect((await consent(app.url, cookie, publicParameters)).status).toBe(400);
    const { verifier, challenge } = pkcePair();
    expect((await consent(app.url, cookie, { ...publicParameters, code_challenge: challenge, code_challenge_method: 'plain' })).status).toBe(400);
    const withPkce = { ...publicParameters, code_challenge: challenge, code_challenge_method: 'S256' };
    const stripped = await consent(app.url, cookie, withPkce, { code_challenge: '', code_challenge_method: '' });
    expect(stripped.status).toBe(400);

    const exchangeWith = async (extra: Record<string, string>) => {
      const code = codeOf((await consent(app.url, cookie, withPkce)).location);
      return token(app.url, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: publicClient.clientId, ...extra });
    };
    // Without a verifier the public client is not authenticated at all (invalid_client); a wrong one is invalid_grant.
    for (const [extra, error] of [[{}, 'invalid_client'], [{ code_verifier: pkcePair().verifier }, 'invalid_grant'], [{ code_verifier: challenge }, 'invalid_grant']] as const) {
      const refused = await exchangeWith(extra);
      expect(refused.body, JSON.stringify(extra)).toMatchObject({ error });
      expect(refused.body.access_token).toBeUndefined();
    }
    expect((await exchangeWith({ code_verifier: verifier })).status).toBe(200);
  });

  it('rotates refresh tokens; reusing a rotated one revokes the whole family', async () => {
    const first = await grantTokens(app.url, alice, confidential);
    const rotated = await token(app.url, { grant_type: 'refresh_token', refresh_token: first.refreshToken, ...secretOf(confidential) });
    expect(rotated.status).toBe(200);
    const second = { accessToken: String(rotated.body.access_token), refreshToken: String(rotated.body.refresh_token) };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await profile(second.accessToken)).status).toBe(200);

    const reuse = await token(app.url, { grant_type: 'refresh_token', refresh_token: first.refreshToken, ...secretOf(confidential) });
    expect(reuse).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await profile(second.accessToken)).status).toBe(401);
    expect((await token(app.url, { grant_type: 'refresh_token', refresh_token: second.refreshToken, ...secretOf(confidential) })).status).toBe(400);
  });

  it("never lets one user's token read, run or delete another user's apps and devices", async () => {
    const aliceTokens = await grantTokens(app.url, alice, confidential);
    const bobTokens = await grantTokens(app.url, bob, confidential);
    const created = await http(`${app.url}/me/api/apps/create`, { headers: bearer(aliceTokens.accessToken), body: { code: 'timer(base=new Date(), interval=1h) => notify;' } });
    const { uniqueId } = created.json as { uniqueId: string };
    const device = await http(`${app.url}/me/api/devices/create`, { headers: bearer(aliceTokens.accessToken), body: { kind: 'com.xkcd' } });
    expect(device.status).toBe(200);

    expect((await http(`${app.url}/me/api/apps/get/${uniqueId}`, { headers: bearer(bobTokens.accessToken) })).status).toBe(404);
    expect((await http(`${app.url}/me/api/apps/delete/${uniqueId}`, { method: 'POST', headers: bearer(bobTokens.accessToken) })).status).toBe(404);
    expect((await http(`${app.url}/me/api/apps/list`, { headers: bearer(bobTokens.accessToken) })).json).toEqual([]);
    const bobDevices = (await http(`${app.url}/me/api/devices/list`, { headers: bearer(bobTokens.accessToken) })).json as { kind: string }[];
    expect(bobDevices.map((entry) => entry.kind)).not.toContain('com.xkcd');
    expect((await http(`${app.url}/me/api/apps/get/${uniqueId}`, { headers: bearer(aliceTokens.accessToken) })).status).toBe(200);
    await http(`${app.url}/me/api/apps/delete/${uniqueId}`, { method: 'POST', headers: bearer(aliceTokens.accessToken) });
  });

  it("refuses a consent without the session's CSRF token, with another session's, or without a session", async () => {
    const aliceCookie = await login(app.url, alice);
    const bobCookie = await login(app.url, bob);
    const bobPage = await (await fetch(`${app.url}/me/api/oauth2/authorize?${new URLSearchParams(authorizeParameters(confidential)).toString()}`, { headers: { cookie: bobCookie } })).text();
    const bobCsrf = /name="_csrf" value="([^"]+)"/.exec(bobPage)?.[1] ?? '';
    expect(bobCsrf).not.toBe('');
    for (const csrf of ['', 'forged', bobCsrf, `${bobCsrf}x`]) {
      const answer = await consent(app.url, aliceCookie, authorizeParameters(confidential), { _csrf: csrf });
      expect(answer, `csrf ${csrf}`).toEqual({ status: 403, location: '' });
    }
    const anonymous = await consent(app.url, 'almond_session=none', authorizeParameters(confidential));
    expect(anonymous.location).toMatch(/^\/user\/login/);
  });

  it("refuses a cross-site login or registration post (no pre-login CSRF cookie, or another browser's token): 403, no session", async () => {
    const victim = await loadAccountForm(app.url, '/user/login');
    const attacker = await loadAccountForm(app.url, '/user/login');
    const post = (path: string, fields: Record<string, string>, cookie?: string) =>
      fetch(`${app.url}${path}`, {
        method: 'POST', redirect: 'manual', body: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example', ...(cookie === undefined ? {} : { cookie }) },
      });
    for (const [label, response] of [
      ['no cookie, no token', await post('/user/login', { ...bob })],
      ["no cookie, the attacker's token", await post('/user/login', { ...bob, _csrf: attacker.csrf })],
      ["the victim's cookie, the attacker's token", await post('/user/login', { ...bob, _csrf: attacker.csrf }, victim.cookie)],
      ['registration without a token', await post('/user/register', { username: 'planted', password: 'planted-password' }, victim.cookie)],
    ] as const) {
      expect([label, response.status]).toEqual([label, 403]);
      expect(response.headers.get('set-cookie'), label).toBeNull();
    }
    expect((await submitAccountForm(app.url, '/user/register', { username: 'planted', password: 'planted-password' })).status).toBe(303);
  });

  it('refuses client secrets and tokens of any other length as invalid, never a 500', async () => {
    const cookie = await login(app.url, alice);
    const secret = confidential.clientSecret ?? '';
    for (const wrong of ['', 'x', secret.slice(0, -1), `${secret}x`, 'y'.repeat(5000)]) {
      const code = codeOf((await consent(app.url, cookie, authorizeParameters(confidential))).location);
      const answer = await exchange(code, { ...confidential, clientSecret: wrong });
      expect([400, 401], `secret of length ${wrong.length}`).toContain(answer.status);
      expect(answer.body).toMatchObject({ error: 'invalid_client' });
      expect(answer.body.access_token).toBeUndefined();
    }
    for (const wrong of ['x', 'y'.repeat(5000)]) expect((await profile(wrong)).status).toBe(401);
  });
});
