import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withApiCredentials } from '../settings/apiCredentials.js';
import { DEFAULT_SETTINGS } from '../settings/settings.js';
import { ADMIN_HEADERS, createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// Issue #20 items 1 and 7: brain editing always behind basic auth, default settings protected, no cross-site
// requests (HTML forms, foreign origins) and no DNS rebinding.
const brain = `
- name: "stop-kalliope"
  signals:
    - order: "close"
  neurons:
    - say:
        message: "Good bye"
    - kill_switch
`;

let t: TestApp;
let killSwitchPulls = 0;
beforeAll(async () => {
  t = await createTestApp({
    brain,
    settings: 'rest_api:\n  password_protected: False\n  allowed_cors_origin: "http://remote.example"\n',
    extra: { onKillSwitch: () => (killSwitchPulls += 1), allowedHosts: ['kalliope.home'] },
  });
});
afterAll(() => t.close());

describe('brain editing and shutdown need basic auth even when password_protected is off', () => {
  it('answers 401 without credentials, whatever the settings say', async () => {
    const synapse = { name: 'sneaky-one', signals: [], neurons: [{ say: { message: 'hi' } }] };
    expect((await postJson(t.app, '/synapses', synapse)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: '/synapses/stop-kalliope' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/shutdown/' })).statusCode).toBe(401);
    expect((await t.app.inject('/synapses/stop-kalliope')).statusCode).toBe(200);
    expect((await postJson(t.app, '/synapses', synapse, ADMIN_HEADERS)).statusCode).toBe(201);
  });

  it('protects the default settings with credentials of their own', async () => {
    const { settings, generated } = withApiCredentials(DEFAULT_SETTINGS, {});
    const guarded = await createTestApp({ brain, extra: { settings } });
    expect((await guarded.app.inject('/')).statusCode).toBe(401);
    const basic = `Basic ${Buffer.from(`${generated?.login ?? ''}:${generated?.password ?? ''}`).toString('base64')}`;
    expect((await guarded.app.inject({ url: '/', headers: { authorization: basic } })).statusCode).toBe(200);
    await guarded.close();
  });
});

describe('cross-site requests', () => {
  it('refuses a cross-site HTML form post to /synapses/start/id/stop-kalliope: the server stays up', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/synapses/start/id/stop-kalliope',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      payload: 'x=1',
    });
    expect(form.statusCode).toBe(403);
    expect(form.headers['content-type']).toContain('text/html');
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const noOrigin = await t.app.inject({ method: 'POST', url: '/synapses/start/id/stop-kalliope', headers: { 'content-type': type }, payload: 'x=1' });
      expect(noOrigin.statusCode).toBe(400);
    }
    const bodiless = await t.app.inject({ method: 'POST', url: '/synapses/start/id/stop-kalliope', headers: { origin: 'http://evil.example' } });
    expect(bodiless.statusCode).toBe(403);
    expect(killSwitchPulls).toBe(0);
  });

  it('accepts JSON from no origin, the server’s own origin and allowed_cors_origin; refuses other and null origins', async () => {
    const run = (origin?: string) =>
      postJson(t.app, '/synapses/start/order', { order: 'nothing matches this' }, origin === undefined ? {} : { origin });
    expect((await run()).statusCode).toBe(201);
    expect((await run('http://localhost:80')).statusCode).toBe(201);
    expect((await run('https://localhost:80')).statusCode).toBe(201);
    expect((await run('http://remote.example')).statusCode).toBe(201);
    expect((await run('http://evil.example')).statusCode).toBe(403);
    expect((await run('null')).statusCode).toBe(403);
    expect((await postJson(t.app, '/mute', { mute: 'True' }, { origin: 'http://evil.example' })).statusCode).toBe(403);
  });
});

describe('Host header (DNS rebinding)', () => {
  it('answers only to loopback names, IP literals and the configured names', async () => {
    const get = (host: string) => t.app.inject({ url: '/', headers: { host } });
    for (const host of ['localhost:5000', '127.0.0.1:5000', '[::1]:5000', 'kalliope.home', 'KALLIOPE.HOME:5000', '192.168.1.20:5000', 'app.localhost']) {
      expect([host, (await get(host)).statusCode]).toEqual([host, 200]);
    }
    for (const host of ['evil.example', 'evil.example:5000', 'kalliope.home.evil.example', 'localhost.evil.example', 'a b']) {
      const response = await get(host);
      expect([host, response.statusCode]).toEqual([host, 400]);
      expect(response.body).toContain('The Host header does not name this server.');
    }
    expect((await t.app.inject({ url: '/healthz', headers: { host: 'evil.example' } })).statusCode).toBe(200);
  });
});
