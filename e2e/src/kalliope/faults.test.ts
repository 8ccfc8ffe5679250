// kalliope-api under faults, on Postgres: an instance SIGKILLed under load loses no acknowledged kalliope_memory
// write and the survivor keeps serving; SIGTERM drains an in-flight order and exits 0; lost database connections
// give error answers, never a hang or a crash, and the instance recovers on its own.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropConnections } from '../harness/dropConnections.js';
import { http, refusesConnections } from '../harness/http.js';
import { saidIn, spawnKalliope } from '../harness/kalliopeBrain.js';
import { adminUrl, needsPostgres, scratchDatabase } from '../harness/scratchDatabase.js';
import { startSlowRequest } from '../harness/slowRequest.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep, startWriteLoad } from '../harness/writeLoad.js';

const order = (base: string, text: string, session?: string, timeoutMs = 10_000) =>
  http(`${base}/synapses/start/order`, { body: { order: text }, headers: session === undefined ? {} : { 'x-parley-session': session }, timeoutMs });

describe.skipIf(adminUrl === undefined)(`kalliope-api: faults (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  const started: SpawnedApp[] = [];
  const spawn = async () => {
    const instance = await spawnKalliope({ databaseUrl: database.url });
    started.push(instance);
    return instance;
  };

  beforeAll(async () => {
    database = await scratchDatabase('kalliope_faults');
  });
  afterAll(async () => {
    await Promise.all(started.map((instance) => instance.stop('SIGKILL')));
    await database?.drop();
  });

  it('loses no acknowledged memory when an instance is SIGKILLed under load, and the survivor keeps serving', async () => {
    const [victim, survivor] = [await spawn(), await spawn()];
    let alive = [victim.url, survivor.url];
    const load = startWriteLoad(() => alive, 4, async (base, n) => {
      const answer = await order(base, `remember that my name is person${n}`, `memory-${n}`);
      return answer.status === 201 ? n : undefined;
    });
    await Promise.all([sleep(1000), load.untilAcknowledged(11)]);
    victim.process.kill('SIGKILL');
    alive = [survivor.url];
    await Promise.all([sleep(1000), load.untilAcknowledged(load.acknowledged.length + 11)]);
    await load.stop();
    expect(await victim.exited).toBeNull();

    expect(load.acknowledged.length).toBeGreaterThan(20);
    const lost: number[] = [];
    for (let start = 0; start < load.acknowledged.length; start += 20) {
      await Promise.all(
        load.acknowledged.slice(start, start + 20).map(async (n) => {
          const said = saidIn((await order(survivor.url, 'what is my name', `memory-${n}`)).json).join();
          if (said !== `your name is person${n}`) lost.push(n);
        }),
      );
    }
    expect(lost).toEqual([]);
  });

  it('drains an in-flight order on SIGTERM, refuses new connections, and exits 0', async () => {
    const instance = await spawn();
    const slow = startSlowRequest(`${instance.url}/synapses/start/order`, JSON.stringify({ order: 'say hello' }));
    await sleep(300);
    instance.process.kill('SIGTERM');
    expect(await refusesConnections(`${instance.url}/healthz`)).toBe(true);
    slow.finish();
    const answer = await slow.answer;
    expect(answer.status).toBe(201);
    expect(saidIn(JSON.parse(answer.body))).toEqual(['Hello sir']);
    expect(await instance.exited).toBe(0);
  });

  it('answers errors while its database connections are cut, and recovers by itself', async () => {
    const instance = await spawn();
    expect((await order(instance.url, 'say hello', 'warm')).status).toBe(201);
    const statuses: number[] = [];
    const until = Date.now() + 2500;
    let n = 0;
    while (Date.now() < until) {
      await dropConnections(adminUrl as string, database.url);
      const answer = n++ % 2 === 0 ? await order(instance.url, 'remember that my name is cut', `cut-${n}`) : await http(`${instance.url}/settings/mute`, { timeoutMs: 10_000 });
      statuses.push(answer.status);
      expect(answer.status === 200 || answer.status === 201 || answer.status >= 500, `${answer.status} ${answer.text}`).toBe(true);
    }
    expect(instance.process.exitCode).toBeNull();

    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      recovered = (await order(instance.url, 'remember that my name is back', 'recovered')).status === 201;
      if (!recovered) await sleep(250);
    }
    expect(recovered).toBe(true);
    expect(saidIn((await order(instance.url, 'what is my name', 'recovered')).json)).toEqual(['your name is back']);
    console.log(`kalliope-api during connection cuts: ${JSON.stringify(statuses)}`);
  });
});
