import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { externalLogins } from '../db/schema.js';
import { SESSION_COOKIE } from '../accounts/sessionStore.js';
import { startFixtureOAuthProvider, type FixtureOAuthProvider } from '../testing/fixtureOAuthProvider.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let provider: FixtureOAuthProvider;
let almond: TestApp;

beforeAll(async () => {
  provider = await startFixtureOAuthProvider({ sub: 'subject-1', preferred_username: 'alice', email: 'alice@id.example', name: 'Alice A' });
  almond = await startTestApp({
    externalLogin: {
      name: 'Example ID',
      authorizeUrl: `${provider.url}/authorize`,
      tokenUrl: `${provider.url}/token`,
      userInfoUrl: `${provider.url}/userinfo`,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      scope: ['openid', 'profile'],
    },
  });
});

afterAll(async () => {
  await almond.close();
  await provider.close();
});

function cookies(response: { headers: Record<string, unknown> }): Record<string, string> {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header.map(String) : header === undefined ? [] : [String(header)];
  return Object.fromEntries(lines.map((line) => (line.split(';')[0] ?? '').split('=') as [string, string]));
}

/** Start at Almond, "consent" at the provider, come back to the callback; returns the callback's answer. */
async function loginThroughProvider(tamperState = false) {
  const start = await almond.app.inject({ method: 'GET', url: '/user/oauth2/external' });
  expect(start.statusCode).toBe(302);
  const authorizeUrl = new URL(String(start.headers.location));
  expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(`${provider.url}/authorize`);
  expect(authorizeUrl.searchParams.get('scope')).toBe('openid profile');
  const stateCookie = Object.entries(cookies(start)).map(([name, value]) => `${name}=${value}`).join('; ');
  const atProvider = await fetch(authorizeUrl, { redirect: 'manual' });
  expect(atProvider.status).toBe(302);
  const callback = new URL(atProvider.headers.get('location') ?? '');
  expect(callback.pathname).toBe('/user/oauth2/external/callback');
  if (tamperState) callback.searchParams.set('state', 'forged');
  return almond.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: { cookie: stateCookie } });
}

describe('login through an external OAuth 2.0 provider', () => {
  it('links the login page to the provider', async () => {
    const page = await almond.app.inject({ method: 'GET', url: '/user/login' });
    expect(page.body).toContain('<a href="/user/oauth2/external">Log in with Example ID</a>');
  });

  it('creates the account on the first login, starts a session and reuses the account afterwards', async () => {
    const first = await loginThroughProvider();
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/');
    const session = await almond.services.sessions.find(cookies(first)[SESSION_COOKIE] ?? '');
    const user = await almond.services.users.byUsername('alice');
    expect(user).toMatchObject({ email: 'alice@id.example', fullName: 'Alice A' });
    expect(session?.userId).toBe(user?.id);

    const again = await loginThroughProvider();
    expect(again.statusCode).toBe(303);
    expect((await almond.services.sessions.find(cookies(again)[SESSION_COOKIE] ?? ''))?.userId).toBe(user?.id);
    const links = await almond.database.db.select().from(externalLogins).where(eq(externalLogins.subject, 'subject-1'));
    expect(links).toEqual([expect.objectContaining({ provider: 'Example ID', userId: user?.id })]);
  });

  it('gives another subject with a taken username its own account', async () => {
    provider.profile = { sub: 'subject-2', preferred_username: 'alice' };
    const response = await loginThroughProvider();
    expect(response.statusCode).toBe(303);
    const session = await almond.services.sessions.find(cookies(response)[SESSION_COOKIE] ?? '');
    const alice = await almond.services.users.byUsername('alice');
    expect(session?.userId).toBeDefined();
    expect(session?.userId).not.toBe(alice?.id);
    expect((await almond.services.users.byId(session?.userId ?? ''))?.username).toMatch(/^alice-/);
  });

  it('refuses a callback whose state does not match the cookie', async () => {
    const response = await loginThroughProvider(true);
    expect(response.statusCode).toBe(403);
    expect(cookies(response)[SESSION_COOKIE]).toBeUndefined();
  });

  it('refuses a provider that names no subject', async () => {
    provider.profile = { name: 'Nobody' };
    const response = await loginThroughProvider();
    expect(response.statusCode).toBe(502);
    expect(cookies(response)[SESSION_COOKIE]).toBeUndefined();
  });
});

describe('without external login', () => {
  it('shows no link and has no route', async () => {
    const plain = await startTestApp();
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/user/login' })).body).not.toContain('Log in with');
      expect((await plain.app.inject({ method: 'GET', url: '/user/oauth2/external' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
