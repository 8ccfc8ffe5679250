// almond-api through a real Postgres restart: a private cluster (privatePostgres.ts) stopped with `pg_ctl stop -m
// fast` under a running instance and started again. While Postgres is down every /me/api request that needs it
// answers 503 {"error":…,"code":"EAGAIN"} at once, /healthz answers 503, and the process and its conversation
// WebSocket stay up; once Postgres is back the instance recovers by itself: the timer program that failed to save
// its state during the outage runs and notifies again, and what was acknowledged before is still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almondDeployment, createClient, createUser, grantTokens, spawnAlmond } from '../harness/almondAccounts.js';
import { openConversation } from '../harness/conversationSocket.js';
import { healthBecomes, http, type HttpAnswer } from '../harness/http.js';
import { privatePostgresMissing, startPrivatePostgres, type PrivatePostgres } from '../harness/privatePostgres.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep } from '../harness/writeLoad.js';

const timer = 'timer(base=new Date(), interval=2s) => notify;';

/** Waits up to `withinMs` for `condition`; false when it never held. */
async function eventually(condition: () => boolean, withinMs: number): Promise<boolean> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; await sleep(100)) if (condition()) return true;
  return condition();
}

describe.skipIf(privatePostgresMissing !== undefined)(`almond-api: a real Postgres restart (${privatePostgresMissing ?? 'private cluster'})`, () => {
  let postgres: PrivatePostgres;
  let instance: SpawnedApp;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
  });
  afterAll(async () => {
    await instance?.stop('SIGKILL');
    await postgres?.destroy();
  });

  it('answers 503 while Postgres is down, and recovers by itself: programs run again, nothing lost', async () => {
    const deployment = almondDeployment(postgres.url);
    // a 2 s timer shows the recovery quickly: below the default minimum interval (1 minute), an operator setting
    deployment.env.ALMOND_LIMIT_MIN_TIMER_INTERVAL_MS = '1000';
    const user = await createUser(deployment, 'erin');
    const client = await createClient(deployment);
    instance = await spawnAlmond(deployment);
    const { accessToken } = await grantTokens(instance.url, user, client);
    const auth = { authorization: `Bearer ${accessToken}` };
    const socket = await openConversation(instance.url, accessToken);
    const created = await http(`${instance.url}/me/api/apps/create`, { headers: auth, body: { code: timer } });
    expect(created.status).toBe(200);
    const programId = (created.json as { uniqueId: string }).uniqueId;
    expect(await eventually(() => socket.notifications().length > 0, 10_000)).toBe(true);

    await postgres.stop();
    const during: Record<string, HttpAnswer> = {
      profile: await http(`${instance.url}/me/api/profile`, { headers: auth, timeoutMs: 5000 }),
      'list apps': await http(`${instance.url}/me/api/apps/list`, { headers: auth, timeoutMs: 5000 }),
      'create app': await http(`${instance.url}/me/api/apps/create`, { headers: auth, body: { code: timer }, timeoutMs: 5000 }),
    };
    for (const [name, answer] of Object.entries(during)) {
      expect({ name, status: answer.status, body: answer.json }).toEqual({
        name, status: 503, body: { error: 'Service unavailable: database unreachable, retry later', code: 'EAGAIN' },
      });
    }
    const health = await http(`${instance.url}/healthz`, { timeoutMs: 5000 });
    expect({ status: health.status, body: health.json }).toEqual({ status: 503, body: { status: 'unavailable', reason: 'database unreachable' } });
    await sleep(2500); // the timer fires while Postgres is down and cannot save its state
    expect(instance.process.exitCode).toBeNull();
    expect(socket.isOpen()).toBe(true);

    await postgres.start();
    const backAt = Date.now();
    const recoveredMs = await healthBecomes(instance.url, 200, 15_000);
    const listed = (await http(`${instance.url}/me/api/apps/list`, { headers: auth })).json as { uniqueId: string; error: string | null }[];
    expect(listed).toEqual([expect.objectContaining({ uniqueId: programId, error: null })]);
    expect((await http(`${instance.url}/me/api/apps/create`, { headers: auth, body: { code: 'timer(base=new Date(), interval=1h) => notify;' } })).status).toBe(200);
    expect(await eventually(() => socket.notifications().some(({ at }) => at > backAt), 8000)).toBe(true);
    const resumedMs = (socket.notifications().find(({ at }) => at > backAt)?.at ?? 0) - backAt;
    expect(instance.process.exitCode).toBeNull();
    console.log(`almond-api after a Postgres restart: /healthz 200 again after ${recoveredMs} ms, the timer notified again after ${resumedMs} ms`);
    socket.close();
  });
});
