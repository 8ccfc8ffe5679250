// Property-based fuzzing of every JSON endpoint of kalliope-api (fast-check, bounded runs, plus the harness's sweep of
// NUL bytes, control characters and duplicate parameters): never a 5xx, a crash or a hang, and a refused request
// leaves the brain, the switches and a session's kalliope_memory as they were.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzEndpoint, type Endpoint } from '../harness/fuzzEndpoint.js';
import { http } from '../harness/http.js';
import { postOversized } from '../harness/postOversized.js';
import { saidIn, spawnKalliope } from '../harness/kalliopeBrain.js';
import { scratchDatabaseIfAvailable } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

const numRuns = Number(process.env.E2E_FUZZ_RUNS ?? 25);
const fuzzSession = { 'x-parley-session': 'fuzz' };
// The injection sweep (NUL bytes, control characters, duplicate parameters at every field) sends hundreds of requests.
const fuzzTimeoutMs = 180_000;

const endpoints: Endpoint[] = [
  { method: 'POST', path: '/synapses/start/order', headers: fuzzSession, example: { order: 'repeat after me hello', no_voice: true, mute: true } },
  { method: 'POST', path: '/synapses/start/id/repeat-after-me', headers: fuzzSession, example: { parameters: { sentence: 'hello' }, no_voice: true } },
  { method: 'POST', path: '/synapses/start/id/say-hello', headers: {}, example: { mute: true } },
  { method: 'POST', path: '/synapses/start/audio', headers: {}, example: { file: 'not audio', no_voice: 'true' } },
  { method: 'POST', path: '/mute', headers: {}, example: { mute: false } },
  { method: 'POST', path: '/settings/mute', headers: {}, example: { mute: false } },
  { method: 'POST', path: '/settings/deaf', headers: {}, example: { deaf: false } },
];

describe('kalliope-api: hostile input', () => {
  let storage: ScratchDatabase | undefined;
  let app: SpawnedApp;

  beforeAll(async () => {
    storage = await scratchDatabaseIfAvailable('kalliope_fuzz');
    app = await spawnKalliope({ databaseUrl: storage?.url });
    await http(`${app.url}/synapses/start/order`, { headers: { 'x-parley-session': 'probe' }, body: { order: 'remember that my name is Ada' } });
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.drop();
  });

  async function snapshot(): Promise<unknown> {
    const recalled = await http(`${app.url}/synapses/start/order`, { headers: { 'x-parley-session': 'probe' }, body: { order: 'what is my name' } });
    return {
      synapses: (await http(`${app.url}/synapses`)).json,
      mute: (await http(`${app.url}/mute`)).json,
      settingsMute: (await http(`${app.url}/settings/mute`)).json,
      deaf: (await http(`${app.url}/settings/deaf`)).json,
      memory: saidIn(recalled.json),
    };
  }

  it.each(endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, endpoint] as const))(
    '%s: no 5xx, no hang, refusals change nothing',
    async (_name, endpoint) => {
      await fuzzEndpoint(app.url, endpoint, { snapshot, numRuns, injections: true });
    },
    fuzzTimeoutMs,
  );

  // Fastify's 1 MiB limit, answered like Flask: 413 Request Entity Too Large ('closed' when the socket ends first).
  it('refuses a body over the limit, and stays up', async () => {
    expect([413, 'closed']).toContain(await postOversized(`${app.url}/synapses/start/order`, 4 * 1024 * 1024));
    expect((await http(`${app.url}/healthz`)).json).toEqual({ status: 'ok' });
  });

  // A session key is an indexed database key: a 3,000-character one used to hit Postgres' index row limit (500).
  it('refuses an oversized session key with a 400 JSON error', async () => {
    const answer = await http(`${app.url}/synapses/start/order`, { headers: { 'x-parley-session': 'k'.repeat(3000) }, body: { order: 'say hello' } });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: { Error: expect.stringContaining('X-Parley-Session') } });
  });

  it('survived every run: alive, and the probe session still remembers', async () => {
    expect(app.process.exitCode).toBeNull();
    expect(await snapshot()).toMatchObject({ memory: ['your name is ada'] });
  });
});
