import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, REDIRECT_URI } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => test.close());

describe('frame protection', () => {
  it('forbids framing every HTML page: login, register, consent, error pages and the chat', async () => {
    const cookie = await createUserAndLogin(test.app, test.services, 'fran');
    const client = await test.services.clients.create({ name: 'Framed', redirectUris: [REDIRECT_URI], scopes: ['profile'], isPublic: false });
    const consent = `/me/api/oauth2/authorize?${new URLSearchParams({ response_type: 'code', client_id: client.clientId, redirect_uri: REDIRECT_URI, scope: 'profile' }).toString()}`;
    const pages = [
      { url: '/user/login' }, { url: '/user/register' }, { url: consent, cookie }, { url: '/me/api/oauth2/authorize?client_id=nope' }, { url: '/', cookie },
    ];
    for (const { url, cookie: sent } of pages) {
      const response = await test.app.inject({ method: 'GET', url, headers: sent === undefined ? {} : { cookie: sent } });
      expect([url, response.headers['content-type']]).toEqual([url, expect.stringMatching(/^text\/html/)]);
      expect([url, response.headers['x-frame-options']]).toEqual([url, 'DENY']);
      expect([url, response.headers['content-security-policy']]).toEqual([url, expect.stringContaining("frame-ancestors 'none'")]);
    }
    const json = await test.app.inject({ method: 'GET', url: '/healthz' });
    expect(json.headers['x-frame-options']).toBeUndefined();
  });
});
