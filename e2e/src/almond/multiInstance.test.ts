// Two almond-api processes on one Postgres database: a monitor created through instance A runs once per tick (not
// once per instance) and notifies the conversation WebSocket held by instance B; deleting it through B stops it.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almondDeployment, createClient, createUser, grantTokens, spawnAlmond } from '../harness/almondAccounts.js';
import { openConversation } from '../harness/conversationSocket.js';
import { http } from '../harness/http.js';
import { adminUrl, needsPostgres, scratchDatabase } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep } from '../harness/writeLoad.js';

const intervalMs = 2000;

describe.skipIf(adminUrl === undefined)(`almond-api: two instances on one Postgres (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  let a: SpawnedApp;
  let b: SpawnedApp;
  let accessToken: string;

  beforeAll(async () => {
    database = await scratchDatabase('almond_multi');
    const deployment = almondDeployment(database.url);
    // a 2 s timer shows one run per tick quickly: below the default minimum interval (1 minute), an operator setting
    deployment.env.ALMOND_LIMIT_MIN_TIMER_INTERVAL_MS = '1000';
    const user = await createUser(deployment, 'alice');
    const client = await createClient(deployment);
    a = await spawnAlmond(deployment);
    b = await spawnAlmond(deployment);
    ({ accessToken } = await grantTokens(a.url, user, client));
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  const api = (instance: SpawnedApp, path: string, body?: unknown) =>
    http(`${instance.url}/me/api${path}`, { headers: { authorization: `Bearer ${accessToken}` }, ...(body === undefined ? {} : { body }) });

  it('accepts on B the token issued by A', async () => {
    expect((await api(b, '/profile')).json).toMatchObject({ username: 'alice' });
  });

  it('runs a monitor created through A once per tick, notifies the socket held by B, and stops when deleted through B', async () => {
    const socket = await openConversation(b.url, accessToken);
    try {
      const created = await api(a, '/apps/create', { code: `timer(base=new Date(), interval=${intervalMs / 1000}s) => notify;` });
      expect(created.status).toBe(200);
      const { uniqueId } = created.json as { uniqueId: string };
      await sleep(4 * intervalMs + 500);

      const ticks = socket.notifications().map(({ at }) => at);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(5);
      const gaps = ticks.slice(1).map((at, index) => at - (ticks[index] as number));
      expect(Math.min(...gaps)).toBeGreaterThan(intervalMs / 2); // one notification per tick, not one per instance
      expect((await api(a, '/apps/list')).json).toEqual([expect.objectContaining({ uniqueId })]);

      expect((await http(`${b.url}/me/api/apps/delete/${uniqueId}`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(200);
      expect((await api(a, '/apps/list')).json).toEqual([]);
      await sleep(2 * intervalMs + 500); // the instance running it learns of the deletion
      const settled = socket.notifications().length;
      await sleep(3 * intervalMs);
      expect(socket.notifications().length).toBe(settled);
    } finally {
      socket.close();
    }
  });
});
