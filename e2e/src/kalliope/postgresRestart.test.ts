// kalliope-api through a real Postgres restart: a private cluster (privatePostgres.ts) stopped with `pg_ctl stop -m
// fast` under a running instance and started again. While Postgres is down every order and switch that needs it
// answers Flask's 503 page at once (a switch once the second the instance keeps it for has passed), /healthz answers
// 503, and the process stays up; once Postgres is back the instance recovers by itself, and the memory written before
// the restart is still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthBecomes, http, type HttpAnswer } from '../harness/http.js';
import { saidIn, spawnKalliope } from '../harness/kalliopeBrain.js';
import { privatePostgresMissing, startPrivatePostgres, type PrivatePostgres } from '../harness/privatePostgres.js';
import type { SpawnedApp } from '../harness/spawnApp.js';

/** Longer than kalliope-api keeps the mute/deaf switches it read (1 s). */
const switchesExpired = () => new Promise((resolve) => setTimeout(resolve, 1500));

const order = (base: string, text: string, session: string) =>
  http(`${base}/synapses/start/order`, { body: { order: text }, headers: { 'x-parley-session': session }, timeoutMs: 5000 });

describe.skipIf(privatePostgresMissing !== undefined)(`kalliope-api: a real Postgres restart (${privatePostgresMissing ?? 'private cluster'})`, () => {
  let postgres: PrivatePostgres;
  let instance: SpawnedApp;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    instance = await spawnKalliope({ databaseUrl: postgres.url });
  });
  afterAll(async () => {
    await instance?.stop('SIGKILL');
    await postgres?.destroy();
  });

  it('answers 503 while Postgres is down, and recovers by itself with nothing lost', async () => {
    expect((await order(instance.url, 'remember that my name is before', 'kept')).status).toBe(201);
    expect(await healthBecomes(instance.url, 200, 5000)).toBeGreaterThanOrEqual(0);

    await postgres.stop();
    const during: Record<string, HttpAnswer> = {
      'say hello': await order(instance.url, 'say hello', 'during'),
      remember: await order(instance.url, 'remember that my name is lost', 'during'),
      // An instance answers the switches it read up to 1 s ago without asking Postgres (docs/deploy.md), so the
      // switch is asked once those have expired.
      'mute status': await switchesExpired().then(() => http(`${instance.url}/settings/mute`, { timeoutMs: 5000 })),
    };
    for (const [name, answer] of Object.entries(during)) {
      expect({ name, status: answer.status, type: answer.headers.get('content-type'), unavailable: answer.text.includes('<h1>Service Unavailable</h1>') })
        .toEqual({ name, status: 503, type: 'text/html; charset=utf-8', unavailable: true });
    }
    const health = await http(`${instance.url}/healthz`, { timeoutMs: 5000 });
    expect({ status: health.status, body: health.json }).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
    expect(instance.process.exitCode).toBeNull();

    await postgres.start();
    const recoveredMs = await healthBecomes(instance.url, 200, 15_000);
    expect((await order(instance.url, 'remember that my name is after', 'new')).status).toBe(201);
    expect(saidIn((await order(instance.url, 'what is my name', 'new')).json)).toEqual(['your name is after']);
    expect(saidIn((await order(instance.url, 'what is my name', 'kept')).json)).toEqual(['your name is before']);
    expect(instance.process.exitCode).toBeNull();
    console.log(`kalliope-api after a Postgres restart: /healthz 200 again ${recoveredMs} ms after Postgres was up`);
  });
});
