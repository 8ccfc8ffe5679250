import type { Database } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KalliopeSchema } from '../db/schema.js';
import { createTestApp, openTestDatabase, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message: "hello"
- name: "muted-hook"
  signals: []
  neurons:
    - debug:
        message: "muted"
`;

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
let t: TestApp;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  t = await createTestApp({ brain, database, settings: 'hooks:\n  on_mute: "muted-hook"\n' });
});
afterAll(async () => {
  await t.close();
  await database.close();
  await drop();
});

describe('GET/POST /mute (Kalliope 0.5: the trigger)', () => {
  it('reads and switches the state with Kalliope flags', async () => {
    expect((await t.app.inject('/mute')).json()).toEqual({ mute: false });
    const on = await postJson(t.app, '/mute', { mute: 'True' });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toEqual({ mute: true });
    expect((await t.app.inject('/mute')).json()).toEqual({ mute: true });
    expect((await t.app.inject('/settings/deaf')).json()).toEqual({ deaf: true });
    expect((await postJson(t.app, '/mute', { mute: 'no' })).json()).toEqual({ mute: false });
  });

  it('answers 400 without the key, HTML 400 without JSON', async () => {
    const missing = await postJson(t.app, '/mute', { muted: true });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ error: { Error: "Wrong parameters, 'mute' not set" } });
    const plain = await t.app.inject({ method: 'POST', url: '/mute', payload: 'mute=true' });
    expect(plain.statusCode).toBe(400);
    expect(plain.headers['content-type']).toContain('text/html');
  });
});

describe('/settings/mute and /settings/deaf (Kalliope 0.7)', () => {
  it('switches the TTS mute, which silences say neurons and fires on_mute', async () => {
    expect((await t.app.inject('/settings/mute')).json()).toEqual({ mute: false });
    expect((await postJson(t.app, '/settings/mute', { mute: true })).json()).toEqual({ mute: true });
    t.tts.spoken.length = 0;
    const run = await postJson(t.app, '/synapses/start/order', { order: 'say hello' });
    expect(run.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      { neuron_name: 'Say', generated_message: 'hello' },
    ]);
    expect(t.tts.spoken).toEqual([]);
    expect(await t.store.getSwitch('mute')).toBe(true);
    expect((await postJson(t.app, '/settings/mute', { mute: 'False' })).json()).toEqual({ mute: false });
    await postJson(t.app, '/synapses/start/order', { order: 'say hello' });
    expect(t.tts.spoken).toEqual(['hello']);
  });

  it('answers 400 for a missing key', async () => {
    const mute = await postJson(t.app, '/settings/mute', {});
    expect(mute.statusCode).toBe(400);
    expect(mute.json()).toEqual({ error: { Error: "Wrong parameters, 'mute' not set" } });
    const deaf = await postJson(t.app, '/settings/deaf', { mute: true });
    expect(deaf.statusCode).toBe(400);
    expect(deaf.json()).toEqual({ error: { Error: "Wrong parameters, 'deaf' not set" } });
    expect((await postJson(t.app, '/settings/deaf', { deaf: '1' })).json()).toEqual({ deaf: true });
    expect((await postJson(t.app, '/settings/deaf', { deaf: 0 })).json()).toEqual({ deaf: false });
  });

  it('takes a value of any JSON type, only the key is required; a body that is not an object lacks it', async () => {
    expect((await postJson(t.app, '/settings/mute', { mute: 1 })).json()).toEqual({ mute: true });
    expect((await postJson(t.app, '/settings/mute', { mute: null })).json()).toEqual({ mute: false });
    expect((await postJson(t.app, '/settings/mute', { mute: { on: true } })).json()).toEqual({ mute: false });
    const deaf = await postJson(t.app, '/settings/deaf', [{ deaf: true }]);
    expect(deaf.statusCode).toBe(400);
    expect(deaf.json()).toEqual({ error: { Error: "Wrong parameters, 'deaf' not set" } });
    const mute = await postJson(t.app, '/mute', 'True');
    expect(mute.statusCode).toBe(400);
    expect(mute.json()).toEqual({ error: { Error: "Wrong parameters, 'mute' not set" } });
  });

  it('keeps the switches across a restart (same database)', async () => {
    await postJson(t.app, '/settings/mute', { mute: true });
    const restarted = await createTestApp({ brain, database });
    expect((await restarted.app.inject('/settings/mute')).json()).toEqual({ mute: true });
    await postJson(restarted.app, '/settings/mute', { mute: false });
    await restarted.close();
  });
});

describe('a brain without an order signal has no trigger', () => {
  it('answers the 0.5 and 0.7 trigger errors', async () => {
    const noOrders = await createTestApp({ brain: '- name: "only-by-name"\n  signals: []\n  neurons: []\n', database });
    const get = await noOrders.app.inject('/mute');
    expect(get.statusCode).toBe(400);
    expect(get.json()).toEqual({ error: { error: 'Mute status unknow' } });
    const post = await postJson(noOrders.app, '/mute', { mute: true });
    expect(post.json()).toEqual({ error: { error: 'Cannot switch mute status' } });
    const deaf = await postJson(noOrders.app, '/settings/deaf', { deaf: true });
    expect(deaf.statusCode).toBe(400);
    expect(deaf.json()).toEqual({ error: { error: 'Cannot switch deaf status' } });
    expect((await noOrders.app.inject('/settings/mute')).statusCode).toBe(200);
    await noOrders.close();
  });
});

describe('basic auth and CORS', () => {
  const settings = `
rest_api:
  password_protected: True
  login: admin
  password: secret
  allowed_cors_origin: "http://remote.example"
`;
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

  it('protects every route with Kalliope’s 401, except /healthz', async () => {
    const guarded = await createTestApp({ brain, database, settings });
    for (const url of ['/', '/synapses', '/synapses/say-hello', '/mute']) {
      const response = await guarded.app.inject({ url, headers: { authorization: basic('admin:wrong') } });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Basic realm="Login Required"');
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toBe('Could not verify your access level for that URL.\nYou have to login with proper credentials');
    }
    expect((await guarded.app.inject({ method: 'POST', url: '/synapses/start/id/say-hello' })).statusCode).toBe(401);
    expect((await guarded.app.inject({ url: '/', headers: { authorization: basic('admin') } })).statusCode).toBe(401);
    const ok = await guarded.app.inject({ url: '/', headers: { authorization: basic('admin:secret') } });
    expect(ok.statusCode).toBe(200);
    expect((await guarded.app.inject('/healthz')).statusCode).toBe(200);

    const cors = await guarded.app.inject({
      url: '/',
      headers: { authorization: basic('admin:secret'), origin: 'http://remote.example' },
    });
    expect(cors.headers['access-control-allow-origin']).toBe('http://remote.example');
    const other = await guarded.app.inject({ url: '/', headers: { authorization: basic('admin:secret'), origin: 'http://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await guarded.close();
  });
});
