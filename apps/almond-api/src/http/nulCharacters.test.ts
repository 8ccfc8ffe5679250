// Hostile parameters the black-box audit answered with 500/503 (issue #20 item 8): each is a 400 in the shape of
// its endpoint family.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../testing/conversationClient.js';
import { grantTokens, loadAccountForm, REDIRECT_URI } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let token: string;
let client: { clientId: string; clientSecret: string | null };
beforeAll(async () => {
  test = await startTestApp();
  const granted = await grantTokens(test.app, test.services, 'nina', 'user-read user-exec-command');
  token = granted.accessToken;
  client = granted.client;
});
afterAll(async () => test.close());

const form = (url: string, payload: string, headers: Record<string, string> = {}) =>
  test.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

describe('NUL characters', () => {
  it('are refused with an HTML page on the account pages and the authorization page', async () => {
    for (const response of [
      await form('/user/login', 'username=a%00b&password=x'),
      await form('/user/register', 'username=a%00b&password=long-enough'),
      await test.app.inject({ method: 'GET', url: `/me/api/oauth2/authorize?response_type=code&client_id=${client.clientId}%00` }),
    ]) {
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('text may not contain NUL characters');
    }
  });

  it('are refused as {error, code} under /me/api and as RFC 6749 errors on the token endpoint', async () => {
    const app = await test.app.inject({ method: 'GET', url: '/me/api/apps/get/uuid-%00', headers: { authorization: `Bearer ${token}` } });
    expect(app.statusCode).toBe(400);
    expect(app.json()).toEqual({ error: 'Invalid parameter: text may not contain NUL characters', code: 'EINVAL' });
    const created = await test.app.inject({ method: 'POST', url: '/me/api/apps/create', headers: { authorization: `Bearer ${token}` }, payload: { code: 'now => notify;\u0000' } });
    expect(created.statusCode).toBe(400);
    const tokenRequest = await form('/me/api/oauth2/token', `grant_type=authorization_code&code=a%00&client_id=${client.clientId}`);
    expect(tokenRequest.statusCode).toBe(400);
    expect(tokenRequest.json()).toEqual({ error: 'invalid_request', error_description: 'Invalid parameter: text may not contain NUL characters' });
  });

  it('are refused in conversation messages, which go on', async () => {
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    const address = test.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const conversation = await openConversation(`ws://127.0.0.1:${port}/me/api/conversation?hide_welcome=1`, { authorization: `Bearer ${token}` });
    await conversation.round();
    conversation.send({ type: 'command', text: 'hello\u0000' });
    expect(await conversation.next()).toEqual({ type: 'error', error: 'Invalid parameter: text may not contain NUL characters', code: 'EINVAL' });
    // a frame nested far deeper than the call stack goes (frames have no depth limit) is read without recursion
    conversation.send(`{"type":"parsed","json":${'['.repeat(400_000)}${']'.repeat(400_000)}}`);
    expect((await conversation.round()).at(-1)).toEqual({ type: 'askSpecial', ask: null });
    // a failing round is logged; the user sees no SQL and no user id
    const lookup = test.services.learned.lookup;
    test.services.learned.lookup = async () => {
      throw new Error('Failed query: select "code" from "almond_learned_commands" where "user_id" = $1 params: 1234-user');
    };
    conversation.send({ type: 'command', text: 'hello' });
    expect(await conversation.next()).toEqual({ type: 'error', error: 'Internal Server Error' });
    test.services.learned.lookup = lookup;
    await conversation.close();
  });
});

describe('repeated and malformed OAuth parameters', () => {
  it('answer 400 invalid_request: code=a&code=b, a bad percent escape in Basic credentials', async () => {
    const twice = await form('/me/api/oauth2/token', `grant_type=authorization_code&code=a&code=b&client_id=${client.clientId}&client_secret=${client.clientSecret ?? ''}`);
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toEqual({ error: 'invalid_request', error_description: 'Invalid parameter: `code` must be given once, as text' });
    const badEscape = await form('/me/api/oauth2/revoke', 'token=x', { authorization: `Basic ${Buffer.from('%zz:%').toString('base64')}` });
    expect(badEscape.statusCode).toBe(400);
    expect(badEscape.json()).toMatchObject({ error: 'invalid_request' });
    const stateTwice = await test.app.inject({ method: 'GET', url: `/me/api/oauth2/authorize?response_type=code&client_id=${client.clientId}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&scope=profile&state=a&state=b` });
    expect(stateTwice.statusCode).toBe(400);
    expect(stateTwice.body).toContain('must be given once, as text');
  });

  it('follow no next path with a newline or a tab after a login', async () => {
    await test.services.users.create({ username: 'oscar', password: 'oscar-password' });
    for (const next of ['/%0d%0aSet-Cookie:%20a=b', '/%09/evil.com']) {
      const { cookie, csrf } = await loadAccountForm(test.app, '/user/login');
      const response = await form('/user/login', `_csrf=${csrf}&username=oscar&password=oscar-password&next=${next}`, { cookie });
      expect([next, response.statusCode, response.headers.location]).toEqual([next, 303, '/']);
    }
  });
});
