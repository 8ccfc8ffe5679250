// almond-api under faults, on Postgres: an instance SIGKILLed under load loses no acknowledged app or token and the
// survivor keeps serving (and takes over the killed instance's programs); SIGTERM drains an in-flight request,
// closes conversation WebSockets cleanly and exits 0; cut database connections give error answers, never a crash,
// and the instance recovers on its own.
import type { ScratchDatabase } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  almondDeployment, authorizeParameters, codeOf, consent, createClient, createUser, grantTokens, login, REDIRECT_URI, spawnAlmond, token,
  type AlmondDeployment, type OAuthClient,
} from '../harness/almondAccounts.js';
import { openConversation } from '../harness/conversationSocket.js';
import { dropConnections } from '../harness/dropConnections.js';
import { http } from '../harness/http.js';
import { adminUrl, needsPostgres, scratchDatabase } from '../harness/scratchDatabase.js';
import { startSlowRequest } from '../harness/slowRequest.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep, startWriteLoad } from '../harness/writeLoad.js';

type Write = { kind: 'app'; id: string } | { kind: 'token'; accessToken: string };

describe.skipIf(adminUrl === undefined)(`almond-api: faults (${needsPostgres})`, () => {
  let database: ScratchDatabase;
  let deployment: AlmondDeployment;
  let client: OAuthClient;
  const user = { username: 'carol', password: 'carol-password' };
  const started: SpawnedApp[] = [];
  const spawn = async () => {
    const instance = await spawnAlmond(deployment);
    started.push(instance);
    return instance;
  };

  beforeAll(async () => {
    database = await scratchDatabase('almond_faults');
    deployment = almondDeployment(database.url);
    // the write load creates far more apps than one person keeps (the default quota is 50)
    deployment.env.ALMOND_LIMIT_APPS_PER_USER = '100000';
    await createUser(deployment, user.username);
    client = await createClient(deployment);
  });
  afterAll(async () => {
    await Promise.all(started.map((instance) => instance.stop('SIGKILL')));
    await database?.drop();
  });

  it('loses no acknowledged app or token when an instance is SIGKILLed under load, and the survivor keeps serving', async () => {
    const [victim, survivor] = [await spawn(), await spawn()];
    const { accessToken } = await grantTokens(survivor.url, user, client);
    const cookie = await login(survivor.url, user);
    const auth = { authorization: `Bearer ${accessToken}` };
    let alive = [victim.url, survivor.url];
    const load = startWriteLoad<Write>(() => alive, 4, async (base, n) => {
      if (n % 2 === 0) {
        const created = await http(`${base}/me/api/apps/create`, { headers: auth, body: { code: `timer(base=new Date(), interval=1h) => notify;` }, timeoutMs: 10_000 });
        return created.status === 200 ? { kind: 'app', id: (created.json as { uniqueId: string }).uniqueId } : undefined;
      }
      const granted = await consent(base, cookie, authorizeParameters(client));
      const exchanged = await token(base, { grant_type: 'authorization_code', code: codeOf(granted.location), redirect_uri: REDIRECT_URI, client_id: client.clientId, client_secret: client.clientSecret ?? '' });
      return exchanged.status === 200 ? { kind: 'token', accessToken: String(exchanged.body.access_token) } : undefined;
    });
    await Promise.all([sleep(2000), load.untilAcknowledged(6)]);
    victim.process.kill('SIGKILL');
    alive = [survivor.url];
    await Promise.all([sleep(1500), load.untilAcknowledged(load.acknowledged.length + 6)]);
    await load.stop();
    expect(await victim.exited).toBeNull();

    expect(load.acknowledged.length).toBeGreaterThan(10);
    const listed = (await http(`${survivor.url}/me/api/apps/list`, { headers: auth })).json as { uniqueId: string }[];
    const ids = new Set(listed.map((app) => app.uniqueId));
    const lost: Write[] = [];
    for (const written of load.acknowledged) {
      if (written.kind === 'app' && !ids.has(written.id)) lost.push(written);
      if (written.kind === 'token' && (await http(`${survivor.url}/me/api/profile`, { headers: { authorization: `Bearer ${written.accessToken}` } })).status !== 200) lost.push(written);
    }
    expect(lost).toEqual([]);
  });

  it('drains an in-flight request and closes conversation sockets cleanly on SIGTERM, exiting 0', async () => {
    const instance = await spawn();
    const { accessToken } = await grantTokens(instance.url, user, client);
    const socket = await openConversation(instance.url, accessToken);
    const slow = startSlowRequest(`${instance.url}/me/api/apps/create`, JSON.stringify({ code: 'timer(base=new Date(), interval=1h) => notify;' }), { authorization: `Bearer ${accessToken}` });
    await sleep(300);
    instance.process.kill('SIGTERM');
    await sleep(500);
    slow.finish();
    const answer = await slow.answer;
    expect(answer.status, answer.body).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ uniqueId: expect.stringMatching(/^uuid-/), errors: [] });
    expect(await instance.exited).toBe(0);
    expect(socket.isOpen()).toBe(false);
  });

  it('answers errors while its database connections are cut, and recovers by itself', async () => {
    const instance = await spawn();
    const { accessToken } = await grantTokens(instance.url, user, client);
    const auth = { authorization: `Bearer ${accessToken}` };
    const statuses: number[] = [];
    const until = Date.now() + 2500;
    let n = 0;
    while (Date.now() < until) {
      await dropConnections(adminUrl as string, database.url);
      const answer = n++ % 2 === 0 ? await http(`${instance.url}/me/api/profile`, { headers: auth, timeoutMs: 10_000 }) : await http(`${instance.url}/me/api/apps/list`, { headers: auth, timeoutMs: 10_000 });
      statuses.push(answer.status);
      expect(answer.status === 200 || answer.status >= 500, `${answer.status} ${answer.text}`).toBe(true);
    }
    expect(instance.process.exitCode).toBeNull();
    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      recovered = (await http(`${instance.url}/me/api/apps/create`, { headers: auth, body: { code: 'timer(base=new Date(), interval=1h) => notify;' } })).status === 200;
      if (!recovered) await sleep(250);
    }
    expect(recovered).toBe(true);
    await sleep(1000);
    expect(instance.process.exitCode).toBeNull();
    console.log(`almond-api during connection cuts: ${JSON.stringify(statuses)}`);
  });
});
