import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices } from '../../db/schema.js';
import { startFixtureOAuthProvider, type FixtureOAuthProvider } from '../../testing/fixtureOAuthProvider.js';
import { NOTES_KIND, notesPlugin } from '../../testing/notesPlugin.js';
import { createUserAndLogin, grantTokens } from '../../testing/oauthFlow.js';
import { OAUTH_PROFILE_KIND, oauthProfilePlugin } from '../../testing/oauthProfilePlugin.js';
import { startTestApp, type TestApp } from '../../testing/testApp.js';

let provider: FixtureOAuthProvider;
let almond: TestApp;

beforeAll(async () => {
  provider = await startFixtureOAuthProvider({ sub: 'device-owner', name: 'Dana Device' });
  almond = await startTestApp({ plugins: [oauthProfilePlugin(provider), notesPlugin()] });
});

afterAll(async () => {
  await almond.close();
  await provider.close();
});

/** Start the flow as `cookie` and come back from the provider; `returnAs` is the session presenting the callback. */
async function connect(cookie: string, returnAs = cookie) {
  const start = await almond.app.inject({ method: 'GET', url: `/devices/oauth2/${OAUTH_PROFILE_KIND}?name=Profile`, headers: { cookie } });
  expect(start.statusCode).toBe(302);
  const authorizeUrl = new URL(String(start.headers.location));
  expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(`${provider.url}/authorize`);
  expect(authorizeUrl.searchParams.get('scope')).toBe('profile email');
  expect(authorizeUrl.searchParams.get('client_id')).toBe(provider.clientId);
  const atProvider = await fetch(authorizeUrl, { redirect: 'manual' });
  const callback = new URL(atProvider.headers.get('location') ?? '');
  expect(callback.pathname).toBe(`/devices/oauth2/callback/${OAUTH_PROFILE_KIND}`);
  return almond.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: { cookie: returnAs } });
}

describe('devices configured through OAuth', () => {
  it('stores the device with its tokens and goes to My Almond, never showing the tokens', async () => {
    const cookie = await createUserAndLogin(almond.app, almond.services, 'olivia');
    const response = await connect(cookie);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/apps');
    const user = await almond.services.users.byUsername('olivia');
    const device = (await almond.services.devices.list(user?.id ?? '')).find((candidate) => candidate.kind === OAUTH_PROFILE_KIND);
    const token = provider.issuedTokens.at(-1);
    expect(device?.config).toMatchObject({ accessToken: token, refreshToken: expect.any(String) });
    const [stored] = await almond.database.db.select().from(devices).where(and(eq(devices.userId, user?.id ?? ''), eq(devices.kind, OAUTH_PROFILE_KIND)));
    expect(stored?.config.accessToken).toMatch(/^enc:v1:/);
    expect(JSON.stringify(stored?.config)).not.toContain(String(token));
    const createPage = await almond.app.inject({ method: 'GET', url: '/devices/create', headers: { cookie } });
    expect(createPage.body).toContain(`<a href="/devices/oauth2/${OAUTH_PROFILE_KIND}?name=Profile">Connect</a>`);
    const myAlmond = await almond.app.inject({ method: 'GET', url: '/apps', headers: { cookie } });
    expect(myAlmond.body).toContain('Profile');
    expect(myAlmond.body).not.toContain(String(token));
  });

  it('lets the device use its token', async () => {
    const user = await almond.services.users.byUsername('olivia');
    const configured = await almond.services.devices.list(user?.id ?? '');
    const registry = almond.services.factory.registry(configured);
    const device = registry.list().find((candidate) => candidate.kind === OAUTH_PROFILE_KIND);
    expect(await device?.query('profile', {}, { signal: new AbortController().signal })).toEqual([{ name: 'Dana Device' }]);
  });

  it('refuses a callback presented by another session', async () => {
    const first = await createUserAndLogin(almond.app, almond.services, 'peter');
    const other = await createUserAndLogin(almond.app, almond.services, 'quinn');
    const response = await connect(first, other);
    expect(response.statusCode).toBe(403);
    const quinn = await almond.services.users.byUsername('quinn');
    expect((await almond.services.devices.list(quinn?.id ?? '')).some((device) => device.kind === OAUTH_PROFILE_KIND)).toBe(false);
  });

  it('answers 404 for an unknown kind and 400 for a kind not configured through OAuth', async () => {
    const cookie = await createUserAndLogin(almond.app, almond.services, 'rita');
    const unknown = await almond.app.inject({ method: 'GET', url: '/devices/oauth2/org.example.nothing', headers: { cookie } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'Not Found', code: 'ENOENT' });
    const formKind = await almond.app.inject({ method: 'GET', url: `/devices/oauth2/${NOTES_KIND}`, headers: { cookie } });
    expect(formKind.statusCode).toBe(400);
  });

  it('sends a visitor without a session to the login page', async () => {
    const response = await almond.app.inject({ method: 'GET', url: `/devices/oauth2/${OAUTH_PROFILE_KIND}?name=Profile` });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/user/login?next=${encodeURIComponent(`/devices/oauth2/${OAUTH_PROFILE_KIND}?name=Profile`)}`);
  });
});

describe('POST /me/api/devices/create and device fields', () => {
  const create = async (user: string, payload: Record<string, unknown>) => {
    const { accessToken } = await grantTokens(almond.app, almond.services, user, 'user-read user-exec-command');
    return almond.app.inject({ method: 'POST', url: '/me/api/devices/create', headers: { authorization: `Bearer ${accessToken}` }, payload });
  };

  it('refuses an OAuth kind, whose tokens only its OAuth flow may store', async () => {
    const answer = await create('mallory', { kind: OAUTH_PROFILE_KIND, accessToken: 'forged' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toEqual({ error: `Device kind ${OAUTH_PROFILE_KIND} is set up through its OAuth flow (/devices/oauth2/${OAUTH_PROFILE_KIND})`, code: 'EINVAL' });
  });

  it('keeps the fields of a form kind and refuses any other field', async () => {
    expect((await create('fiona', { kind: NOTES_KIND, title: 'shopping' })).statusCode).toBe(200);
    const extra = await create('frank', { kind: NOTES_KIND, title: 'shopping', baseUrl: 'http://127.0.0.1:1/' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toEqual({ error: `Device kind ${NOTES_KIND} has no parameter baseUrl`, code: 'EINVAL' });
  });
});
