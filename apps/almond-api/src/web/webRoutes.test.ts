import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_KIND, counterPlugin } from '../testing/counterPlugin.js';
import { createUserAndLogin, csrfOf, grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let cookie: string;

beforeAll(async () => {
  test = await startTestApp({ plugins: [counterPlugin()] });
  cookie = await createUserAndLogin(test.app, test.services, 'dana');
});
afterAll(async () => test.close());

const get = (url: string, headers: Record<string, string> = { cookie }) => test.app.inject({ method: 'GET', url, headers });
const postForm = (url: string, fields: Record<string, string | string[]>, session = cookie) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  return test.app.inject({ method: 'POST', url, headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
};

describe('web pages', () => {
  it('send a logged-out browser to the login page, coming back afterwards', async () => {
    for (const [url, next] of [['/', '/'], ['/apps', '/apps'], ['/developers/oauth', '/developers/oauth']] as const) {
      const response = await get(url, {});
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/user/login?next=${encodeURIComponent(next)}`);
    }
  });

  it('serve the chat page with its local script and stylesheet', async () => {
    const page = await get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.body).toContain('<script src="/static/chat.js" defer></script>');
    const script = await get('/static/chat.js', {});
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('/me/ws/conversation');
    expect(() => new Script(script.body)).not.toThrow();
    expect((await get('/static/almond.css', {})).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/static/nothing.js', {})).statusCode).toBe(404);
    expect((await get('/me/conversation')).headers.location).toBe('/');
  });

  it('list running apps on My Almond and stop one with a CSRF-protected form', async () => {
    const user = await test.services.users.authenticate('dana', 'dana-password');
    const appId = 'uuid-web-test';
    await test.services.apps.insert({ id: appId, userId: user!.id, code: `monitor @${COUNTER_KIND}.count() => notify;`, description: 'notify me of the count', icon: null });
    const page = await get('/apps');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('notify me of the count');
    expect(page.body).toContain(`name="id" value="${appId}"`);
    expect((await get('/me', { cookie })).headers.location).toBe('/apps');

    const forged = await postForm('/apps/delete', { id: appId, _csrf: 'forged' });
    expect(forged.statusCode).toBe(403);
    expect(await test.services.apps.list(user!.id)).toHaveLength(1);

    const stopped = await postForm('/apps/delete', { id: appId, _csrf: csrfOf(page.body) });
    expect(stopped.statusCode).toBe(303);
    expect(stopped.headers.location).toBe('/apps');
    expect(await test.services.apps.list(user!.id)).toEqual([]);
  });

  it('list authorised clients with a revoke form that ends their tokens', async () => {
    const granted = await grantTokens(test.app, test.services, 'erin', 'profile user-exec-command');
    const page = await get('/apps', { cookie: granted.cookie });
    expect(page.body).toContain('erin app');
    expect(page.body).toContain(`name="client_id" value="${granted.client.clientId}"`);
    const profile = () => test.app.inject({ method: 'GET', url: '/me/api/profile', headers: { authorization: `Bearer ${granted.accessToken}` } });
    expect((await profile()).statusCode).toBe(200);

    const revoked = await postForm('/user/revoke-oauth2', { client_id: granted.client.clientId, _csrf: csrfOf(page.body) }, granted.cookie);
    expect(revoked.headers.location).toBe('/apps');
    expect((await profile()).statusCode).toBe(401);
    expect((await get('/apps', { cookie: granted.cookie })).body).not.toContain('erin app');
  });

  it('register a confidential client on the developer page and show its secret once', async () => {
    const page = await get('/developers/oauth');
    const csrf = csrfOf(page.body);
    const created = await postForm('/developers/oauth', {
      _csrf: csrf, name: 'Dana <tools>', redirect_uris: 'http://127.0.0.1:9999/callback', scope: ['profile', 'user-exec-command'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).toContain('Dana &lt;tools&gt;');
    const clientId = /id="client-id">([^<]+)</.exec(created.body)?.[1];
    const secret = /id="client-secret">([^<]+)</.exec(created.body)?.[1];
    const client = await test.services.clients.authenticate(clientId ?? '', secret);
    expect(client).toMatchObject({ name: 'Dana <tools>', redirectUris: ['http://127.0.0.1:9999/callback'], allowedScopes: ['profile', 'user-exec-command'] });

    const listed = await get('/developers/oauth');
    expect(listed.body).toContain(clientId);
    expect(listed.body).not.toContain(secret);
  });

  it('register a public client without a secret', async () => {
    const csrf = csrfOf((await get('/developers/oauth')).body);
    const created = await postForm('/developers/oauth', { _csrf: csrf, name: 'Phone', redirect_uris: 'https://phone.example/cb', scope: 'user-read', public: '1' });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain('id="client-secret"');
    const clientId = /id="client-id">([^<]+)</.exec(created.body)?.[1] ?? '';
    expect((await test.services.clients.byId(clientId))?.secretHash).toBeNull();
  });

  it('refuse a bad registration with the reason, keeping the form', async () => {
    const csrf = csrfOf((await get('/developers/oauth')).body);
    const cases: Array<[Record<string, string | string[]>, string]> = [
      [{ name: '', redirect_uris: 'https://a.example/cb', scope: 'profile' }, 'Give the application a name'],
      [{ name: 'A', redirect_uris: 'http://evil.example/cb', scope: 'profile' }, 'Invalid redirect URI http://evil.example/cb'],
      [{ name: 'A', redirect_uris: 'https://a.example/cb' }, 'Choose at least one scope.'],
      [{ name: 'A', redirect_uris: 'https://a.example/cb', scope: 'root' }, 'Choose at least one scope.'],
    ];
    for (const [fields, message] of cases) {
      const refused = await postForm('/developers/oauth', { _csrf: csrf, ...fields });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain(message);
    }
    expect((await postForm('/developers/oauth', { _csrf: 'x', name: 'A', redirect_uris: 'https://a.example/cb', scope: 'profile' })).statusCode).toBe(403);
  });
});
