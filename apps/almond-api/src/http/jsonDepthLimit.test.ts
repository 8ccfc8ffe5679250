import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantTokens, loadAccountForm } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './jsonDepthLimit.js';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan('{"a":[[1]]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[[[1]]]}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":"[[[[[\\"[[[["}', 1)).toBe(false);
  });
});

describe('deep JSON bodies', () => {
  let test: TestApp;
  let token: string;
  beforeAll(async () => {
    test = await startTestApp();
    token = (await grantTokens(test.app, test.services, 'bob', 'user-exec-commands')).accessToken;
  });
  afterAll(async () => test.close());

  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const post = (url: string, field: string, depth: number) =>
    test.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, payload: `{"${field}":${deep(depth)}}` });

  it('answer 400 in each endpoint family shape', async () => {
    const login = await post('/user/login', 'username', 100_000);
    expect(login.statusCode).toBe(400);
    expect(login.headers['content-type']).toContain('text/html');
    const token = await post('/me/api/oauth2/token', 'grant_type', 100_000);
    expect(token.statusCode).toBe(400);
    expect(token.json()).toEqual({ error: 'invalid_request', error_description: `Request body nested deeper than ${MAX_JSON_DEPTH} levels` });
    const converse = await post('/me/api/converse', 'command', 50_000);
    expect(converse.statusCode).toBe(400);
    expect(converse.json()).toEqual({ error: `Request body nested deeper than ${MAX_JSON_DEPTH} levels`, code: 'EINVAL' });
  });

  it('still parse ordinary bodies', async () => {
    const { cookie, csrf } = await loadAccountForm(test.app, '/user/login');
    const login = await test.app.inject({
      method: 'POST', url: '/user/login', headers: { 'content-type': 'application/json', cookie }, payload: `{"_csrf":"${csrf}","username":${deep(MAX_JSON_DEPTH - 1)}}`,
    });
    expect(login.statusCode).toBe(401);
  });

  it('refuse a body over 1 MiB with 413 (docs/deploy.md, Limits)', async () => {
    const big = await test.app.inject({
      method: 'POST', url: '/me/api/converse', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: JSON.stringify({ command: { type: 'command', text: 'x'.repeat(1024 * 1024) } }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual({ error: 'Request body is too large', code: 'EINVAL' });
  });
});
