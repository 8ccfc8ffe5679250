import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantTokens, submitAccountForm } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

describe('rate limits', () => {
  let test: TestApp;
  let token: string;
  beforeAll(async () => {
    test = await startTestApp({ rateLimits: { windowMs: 60_000, login: 3, register: 2, token: 3, commands: 2, anonymous: 2 } });
    token = (await grantTokens(test.app, test.services, 'bob', 'user-exec-commands')).accessToken;
  });
  afterAll(async () => test.close());

  const form = (url: string, fields: Record<string, string>) =>
    test.app.inject({ method: 'POST', url, payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

  it('limit logins per IP and username with an HTML page', async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await submitAccountForm(test.app, '/user/login', { username: 'mallory', password: 'guess' })).statusCode).toBe(401);
    const limited = await submitAccountForm(test.app, '/user/login', { username: 'mallory', password: 'guess' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('text/html');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await submitAccountForm(test.app, '/user/login', { username: 'trudy', password: 'guess' })).statusCode).toBe(401);
  });

  it('limit registrations per IP', async () => {
    for (let attempt = 0; attempt < 2; attempt++) expect((await submitAccountForm(test.app, '/user/register', { username: 'x', password: 'short' })).statusCode).toBe(400);
    const limited = await submitAccountForm(test.app, '/user/register', { username: 'x', password: 'short' });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many requests');
  });

  it('limit the token endpoint per client with an OAuth error body', async () => {
    const fields = { grant_type: 'refresh_token', refresh_token: 'nope', client_id: 'unknown-client' };
    for (let attempt = 0; attempt < 3; attempt++) expect((await form('/me/api/oauth2/token', fields)).statusCode).not.toBe(429);
    const limited = await form('/me/api/oauth2/token', fields);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: 'slow_down', error_description: expect.stringMatching(/^Too many requests/) });
  });

  it('limit commands per user with the API error body', async () => {
    const converse = () =>
      test.app.inject({ method: 'POST', url: '/me/api/converse', headers: { authorization: `Bearer ${token}` }, payload: { command: { type: 'command', text: 'hello' } } });
    for (let attempt = 0; attempt < 2; attempt++) expect((await converse()).statusCode).toBe(200);
    const limited = await converse();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: expect.stringMatching(/^Too many requests/), code: 'ERATELIMIT' });
  });

  it('limit /parse per user, counted apart from /converse, with the API error body', async () => {
    const parse = (bearer: string) => test.app.inject({ method: 'GET', url: '/me/api/parse?q=hello', headers: { authorization: `Bearer ${bearer}` } });
    const reader = (await grantTokens(test.app, test.services, 'carol', 'user-read user-exec-command')).accessToken;
    const converse = () =>
      test.app.inject({ method: 'POST', url: '/me/api/converse', headers: { authorization: `Bearer ${reader}` }, payload: { command: { type: 'command', text: 'hello' } } });
    for (let attempt = 0; attempt < 2; attempt++) expect((await converse()).statusCode).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) expect((await parse(reader)).statusCode).toBe(200);
    const limited = await parse(reader);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toEqual({ error: expect.stringMatching(/^Too many requests/), code: 'ERATELIMIT' });
    const other = (await grantTokens(test.app, test.services, 'dave', 'user-read')).accessToken;
    expect((await parse(other)).statusCode).toBe(200);
  });
});
