import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// parley.rate_limit_per_minute limits POST /synapses/start/* per login (or IP); parley.failed_logins_per_minute
// limits failed basic-auth attempts per IP. Both answer 429 with a Kalliope-style JSON error.
const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message: "Hello"
`;
const basic = (login: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
});
const rateLimited = { error: { error: 'Too many requests, retry later' } };

describe('synapse starts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ brain, settings: 'parley:\n  rate_limit_per_minute: 3\n' });
  });
  afterAll(async () => t.close());

  it('answers 429 with a JSON error and Retry-After past the limit, and leaves other routes alone', async () => {
    for (let n = 0; n < 3; n += 1) {
      expect((await postJson(t.app, '/synapses/start/order', { order: 'say hello' })).statusCode).toBe(201);
    }
    const refused = await postJson(t.app, '/synapses/start/id/say-hello', {});
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual(rateLimited);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/synapses' })).statusCode).toBe(200);
  });
});

describe('with password protection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      brain,
      settings:
        'rest_api:\n  password_protected: True\n  login: admin\n  password: secret\n' +
        'parley:\n  rate_limit_per_minute: 2\n  failed_logins_per_minute: 3\n',
    });
  });
  afterAll(async () => t.close());

  it('counts synapse starts per login', async () => {
    const admin = basic('admin', 'secret');
    for (let n = 0; n < 2; n += 1) {
      expect((await postJson(t.app, '/synapses/start/order', { order: 'say hello' }, admin)).statusCode).toBe(201);
    }
    expect((await postJson(t.app, '/synapses/start/order', { order: 'say hello' }, admin)).statusCode).toBe(429);
  });

  it('blocks guessing from an IP after its failed logins, but not the credentials that succeeded there before', async () => {
    const remote = { remoteAddress: '10.0.0.7' };
    const attempt = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/synapses', headers, ...remote });
    expect((await attempt(basic('admin', 'secret'))).statusCode).toBe(200);
    for (let n = 0; n < 3; n += 1) expect((await attempt(basic('admin', 'guess'))).statusCode).toBe(401);
    const blocked = await attempt(basic('admin', 'another guess'));
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual(rateLimited);
    expect((await attempt(basic('admin', 'secret'))).statusCode).toBe(200);
    const otherIp = await t.app.inject({ method: 'GET', url: '/synapses', headers: basic('admin', 'secret'), remoteAddress: '10.0.0.8' });
    expect(otherIp.statusCode).toBe(200);
  });

  it('does not confirm a guess: credentials never used from the blocked IP still get 429', async () => {
    const remote = { remoteAddress: '10.0.0.9' };
    const attempt = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/synapses', headers, ...remote });
    for (let n = 0; n < 3; n += 1) expect((await attempt(basic('admin', 'guess'))).statusCode).toBe(401);
    expect((await attempt(basic('admin', 'secret'))).statusCode).toBe(429);
  });
});

describe('a limit of 0', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ brain, settings: 'parley:\n  rate_limit_per_minute: 0\n' });
  });
  afterAll(async () => t.close());

  it('turns the limit off', async () => {
    for (let n = 0; n < 20; n += 1) {
      expect((await postJson(t.app, '/synapses/start/order', { order: 'say hello' })).statusCode).toBe(201);
    }
  });
});
