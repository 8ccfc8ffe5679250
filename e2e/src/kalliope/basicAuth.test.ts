// Kalliope's rest_api.password_protected (docs/protocols/kalliope.md): every route but the operator's /healthz needs
// HTTP Basic with the configured login and password; anything else is Kalliope's 401 with its realm. Credentials
// of other lengths than the configured ones must be refused like any other (a bare timingSafeEqual on raw strings
// throws on a length mismatch, which would surface as a 500).
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http } from '../harness/http.js';
import { kalliopeLogin, kalliopePassword, spawnKalliope } from '../harness/kalliopeBrain.js';
import { scratchDatabaseIfAvailable } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

const basic = (login: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${login}:${password}`, 'utf8').toString('base64')}`,
});

describe('kalliope-api: basic auth', () => {
  let storage: ScratchDatabase | undefined;
  let app: SpawnedApp;

  beforeAll(async () => {
    storage = await scratchDatabaseIfAvailable('kalliope_auth');
    app = await spawnKalliope({ databaseUrl: storage?.url, passwordProtected: true });
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.drop();
  });

  const refusals: [string, Record<string, string>][] = [
    ['no header', {}],
    ['an empty password', basic(kalliopeLogin, '')],
    ['a shorter password (a prefix)', basic(kalliopeLogin, kalliopePassword.slice(0, 6))],
    ['a longer password (an extension)', basic(kalliopeLogin, `${kalliopePassword}!`)],
    ['a same-length wrong password', basic(kalliopeLogin, kalliopePassword.replace(/.$/, '?'))],
    ['a very long password', basic(kalliopeLogin, 'x'.repeat(10_000))],
    ['a wrong login', basic(`${kalliopeLogin}2`, kalliopePassword)],
    ['login and password swapped', basic(kalliopePassword, kalliopeLogin)],
    ['no colon', { authorization: `Basic ${Buffer.from(kalliopeLogin + kalliopePassword).toString('base64')}` }],
    ['not base64', { authorization: 'Basic %%%' }],
    ['a bearer token', { authorization: `Bearer ${kalliopePassword}` }],
  ];

  it.each(refusals)('refuses %s with 401 and the Basic realm', async (_name, headers) => {
    for (const [method, path, body] of [
      ['GET', '/synapses', undefined],
      ['POST', '/synapses/start/order', { order: 'say hello' }],
      ['POST', '/mute', { mute: true }],
    ] as const) {
      const answer = await http(`${app.url}${path}`, { method, headers, body });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Basic realm="Login Required"');
    }
  });

  it('serves the right credentials, and /healthz without any', async () => {
    const ordered = await http(`${app.url}/synapses/start/order`, { headers: basic(kalliopeLogin, kalliopePassword), body: { order: 'say hello' } });
    expect(ordered.status).toBe(201);
    expect((await http(`${app.url}/healthz`)).json).toEqual({ status: 'ok' });
  });

  it('changed nothing while refusing (the switches are as they started)', async () => {
    const mute = await http(`${app.url}/mute`, { headers: basic(kalliopeLogin, kalliopePassword) });
    expect(mute.json).toEqual({ mute: false });
  });
});
