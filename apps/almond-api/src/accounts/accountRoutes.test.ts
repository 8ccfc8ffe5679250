import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, loadAccountForm, submitAccountForm } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
  await test.services.users.create({ username: 'dave', password: 'dave-password' });
});
afterAll(async () => test.close());

/** A form posted as is: no page loaded first, so no pre-login CSRF cookie unless `cookie` brings one. */
const form = (url: string, fields: Record<string, string>, cookie?: string) =>
  test.app.inject({
    method: 'POST', url, payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie === undefined ? {} : { cookie }) },
  });
/** A form posted as a browser does, after loading its page. */
const browserForm = (url: string, fields: Record<string, string>) => submitAccountForm(test.app, url, fields);

describe('account pages', () => {
  it('serve the login page with the next path', async () => {
    const page = await test.app.inject({ method: 'GET', url: '/user/login?next=%2Fapps' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('name="next" value="/apps"');
  });

  it('give each browser a pre-login CSRF cookie (HttpOnly, SameSite=Lax, /user) that the forms repeat', async () => {
    for (const path of ['/user/login', '/user/register']) {
      const page = await test.app.inject({ method: 'GET', url: path });
      const setCookie = String(page.headers['set-cookie']);
      expect(setCookie).toMatch(/^almond_login_csrf=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Lax');
      expect(setCookie).toContain('Path=/user');
      const token = cookieOf(page).split('=')[1] ?? '';
      expect(page.body).toContain(`name="_csrf" value="${token}"`);
      const again = await test.app.inject({ method: 'GET', url: path, headers: { cookie: cookieOf(page) } });
      expect(again.headers['set-cookie']).toBeUndefined();
      expect(again.body).toContain(`name="_csrf" value="${token}"`);
    }
  });

  it('refuse a login or registration post without the browser\'s CSRF token (login CSRF): 403, no session, no account', async () => {
    const mine = await loadAccountForm(test.app, '/user/login');
    const other = await loadAccountForm(test.app, '/user/login');
    const forged: [string, Record<string, string>, string | undefined][] = [
      ['no token, no cookie', {}, undefined],
      ['a token, no cookie', { _csrf: mine.csrf }, undefined],
      ['the cookie, no token', {}, mine.cookie],
      ['the cookie, a wrong token', { _csrf: 'x'.repeat(43) }, mine.cookie],
      ['the cookie, another browser\'s token', { _csrf: other.csrf }, mine.cookie],
      ['a token equal to a hand-made cookie', { _csrf: 'attacker' }, 'almond_login_csrf=attacker'],
    ];
    for (const [label, extra, cookie] of forged) {
      const login = await form('/user/login', { username: 'dave', password: 'dave-password', next: '/apps', ...extra }, cookie);
      expect([label, login.statusCode]).toEqual([label, 403]);
      expect(login.headers['content-type']).toContain('text/html');
      expect(login.body).toContain('Invalid CSRF token');
      expect(login.headers['set-cookie']).toBeUndefined();
      const register = await form('/user/register', { username: 'mallory', password: 'mallory-password', ...extra }, cookie);
      expect([label, register.statusCode]).toEqual([label, 403]);
      expect(register.headers['set-cookie']).toBeUndefined();
    }
    expect(await test.services.users.authenticate('mallory', 'mallory-password')).toBeUndefined();
    const honest = await form('/user/login', { username: 'dave', password: 'dave-password', _csrf: mine.csrf }, mine.cookie);
    expect(honest.statusCode).toBe(303);
    expect(cookieOf(honest)).toMatch(/^almond_session=/);
  });

  it('log in with an httpOnly, SameSite=Lax session cookie and follow only local next paths', async () => {
    const response = await browserForm('/user/login', { username: 'dave', password: 'dave-password', next: '/apps' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/apps');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^almond_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const offsite = await browserForm('/user/login', { username: 'dave', password: 'dave-password', next: '//evil.example/' });
    expect(offsite.headers.location).toBe('/');
  });

  it('refuse wrong passwords and unknown users alike', async () => {
    for (const fields of [{ username: 'dave', password: 'nope' }, { username: 'nobody', password: 'dave-password' }]) {
      const response = await browserForm('/user/login', fields);
      expect(response.statusCode).toBe(401);
      expect(response.body).toContain('Invalid username or password.');
      expect(response.body).toContain('name="_csrf"');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('register new users, refusing taken names and short passwords', async () => {
    const created = await browserForm('/user/register', { username: 'erin', password: 'erin-password', email: 'erin@example.com' });
    expect(created.statusCode).toBe(303);
    expect(cookieOf(created)).toMatch(/^almond_session=/);
    expect(await test.services.users.authenticate('erin', 'erin-password')).toBeDefined();
    expect((await browserForm('/user/register', { username: 'erin', password: 'another-password' })).statusCode).toBe(400);
    expect((await browserForm('/user/register', { username: 'frank', password: 'short' })).statusCode).toBe(400);
    expect((await browserForm('/user/register', { username: 'bad name', password: 'long-enough' })).statusCode).toBe(400);
  });

  it('re-show the register form when a JSON body has non-string fields', async () => {
    const { cookie, csrf } = await loadAccountForm(test.app, '/user/register');
    for (const fields of [{ username: ['eve'], password: 'eve-password' }, { username: 'eve', password: 12345678 }, { username: 'eve', password: 'eve-password', email: { a: 1 } }]) {
      const response = await test.app.inject({ method: 'POST', url: '/user/register', headers: { cookie }, payload: { _csrf: csrf, ...fields } });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('<form');
    }
    expect(await test.services.users.authenticate('eve', 'eve-password')).toBeUndefined();
  });

  it('log out by ending the session, only with the session\'s CSRF token from the logout form', async () => {
    const cookie = cookieOf(await browserForm('/user/login', { username: 'dave', password: 'dave-password' }));
    const value = cookie.split('=')[1] ?? '';
    const session = await test.services.sessions.find(value);
    expect(session).toBeDefined();
    const chat = await test.app.inject({ method: 'GET', url: '/', headers: { cookie } });
    expect(chat.body).toMatch(/action="\/user\/logout"[^>]*><input type="hidden" name="_csrf" value="([^"]+)">/);
    for (const forged of [{}, { _csrf: 'forged' }]) {
      const refused = await form('/user/logout', forged, cookie);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('Invalid CSRF token');
      expect(await test.services.sessions.find(value)).toBeDefined();
    }
    const out = await form('/user/logout', { _csrf: session?.csrfToken ?? '' }, cookie);
    expect(out.statusCode).toBe(303);
    expect(await test.services.sessions.find(value)).toBeUndefined();
    expect((await form('/user/logout', {}, cookie)).statusCode).toBe(303);
  });
});

describe('service endpoints', () => {
  it('answer /healthz and /openapi.json', async () => {
    expect((await test.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const doc = (await test.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    expect(Object.keys(doc.paths)).toContain('/me/api/apps/create');
    expect(doc.components.schemas['almond.Message']).toBeDefined();
  });

  it('answer CORS preflights under /me/api and 404 unknown endpoints only after authentication', async () => {
    const preflight = await test.app.inject({ method: 'OPTIONS', url: '/me/api/profile' });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-max-age']).toBe('86400');
    expect(preflight.headers['access-control-allow-headers']).toBe('Authorization, Accept, Content-Type');
    const anonymous = await test.app.inject({ method: 'GET', url: '/me/api/nothing-here' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['access-control-allow-origin']).toBe('*');
  });
});
