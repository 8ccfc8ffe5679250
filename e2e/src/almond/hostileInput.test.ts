// Property-based fuzzing of almond-api's JSON endpoints and conversation WebSocket frames (fast-check, bounded
// runs): never a 5xx, a crash or a hang, and a refused request leaves the user's apps, devices and profile as they
// were. /converse is fuzzed as a whole and in the fields of each command type (`command`, `parsed`, `tt`), the
// socket with hostile frames of each type. Malformed commands, over-long ones and deeply nested fields answer 400
// (almond-cloud 1.8 answered a wrongly typed `command` with 500); exceeded rate limits 429 (off here). Every
// endpoint also gets the injection sweep (NUL bytes, control characters, duplicate parameters: e2e/src/harness/
// injections.ts); the account forms are posted with their page's CSRF cookie and token, so the sweep reaches past
// the CSRF check.
import { AlmondResultsMessage } from '@parley/protocol-types';
import type { ScratchDatabase } from '@parley/storage';
import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almondDeployment, createClient, createUser, grantTokens, loadAccountForm, REDIRECT_URI, spawnAlmond } from '../harness/almondAccounts.js';
import { openConversation } from '../harness/conversationSocket.js';
import { fuzzEndpoint, type Endpoint } from '../harness/fuzzEndpoint.js';
import { hostileBody } from '../harness/hostileBodies.js';
import { injectedBodies } from '../harness/injections.js';
import { http } from '../harness/http.js';
import { postOversized } from '../harness/postOversized.js';
import { checkMessage } from '../harness/responseContract.js';
import { scratchDatabaseIfAvailable } from '../harness/scratchDatabase.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep } from '../harness/writeLoad.js';

const numRuns = Number(process.env.E2E_FUZZ_RUNS ?? 25);

/** A valid frame (and /converse command) of each input type of the Almond Dialog API. */
const frames = {
  command: { type: 'command', text: 'hello' },
  parsed: { type: 'parsed', json: { code: ['bookkeeping', 'special', 'special:help'], entities: {} } },
  tt: { type: 'tt', code: 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;' },
} as const;
type FrameType = keyof typeof frames;
const frameTypes = Object.keys(frames) as FrameType[];

/** The injection sweep over the fields of a frame, sent as the `command` of a /converse body. */
const injectedCommands = (type: FrameType) =>
  injectedBodies(frames[type])
    .filter((body) => body.contentType === 'application/json')
    .map((body) => ({ ...body, kind: `command ${body.kind}`, payload: `{"command":${body.payload},"conversationId":"fuzz"}` }));

/** /converse bodies whose `command` is a hostile variant of the frame. */
const hostileCommands = (type: FrameType) =>
  hostileBody(frames[type]).map((body) => ({ ...body, kind: `command ${body.kind}`, payload: `{"command":${body.payload},"conversationId":"fuzz"}` }));

describe('almond-api: hostile input', () => {
  let storage: ScratchDatabase | undefined;
  let app: SpawnedApp;
  let auth: Record<string, string>;
  let accessToken: string;
  let clientId: string;
  let appId: string;
  let sessionCookie: string;
  let loginForm: { cookie: string; csrf: string };
  let registerForm: { cookie: string; csrf: string };

  beforeAll(async () => {
    storage = await scratchDatabaseIfAvailable('almond_fuzz');
    const deployment = almondDeployment(storage?.url);
    // The admin CLI before the server: on PGlite only one process may have the data folder open.
    const user = await createUser(deployment, 'fuzzer');
    const client = await createClient(deployment);
    app = await spawnAlmond(deployment);
    clientId = client.clientId;
    ({ accessToken, cookie: sessionCookie } = await grantTokens(app.url, user, client));
    auth = { authorization: `Bearer ${accessToken}` };
    loginForm = await loadAccountForm(app.url, '/user/login');
    registerForm = await loadAccountForm(app.url, '/user/register');
    const created = await http(`${app.url}/me/api/apps/create`, { headers: auth, body: { code: 'timer(base=new Date(), interval=1h) => notify;' } });
    appId = String((created.json as { uniqueId?: unknown }).uniqueId);
  });
  afterAll(async () => {
    await app?.stop();
    await storage?.drop();
  });

  async function snapshot(): Promise<unknown> {
    return {
      apps: (await http(`${app.url}/me/api/apps/list`, { headers: auth })).json,
      devices: (await http(`${app.url}/me/api/devices/list`, { headers: auth })).json,
      profile: (await http(`${app.url}/me/api/profile`, { headers: auth })).json,
    };
  }

  const endpoints = (): Endpoint[] => [
    { method: 'POST', path: '/me/api/apps/create', headers: auth, example: { code: 'timer(base=new Date(), interval=1h) => notify;', locations: { home: { latitude: 1, longitude: 2, display: 'home' } } } },
    { method: 'POST', path: '/me/api/devices/create', headers: auth, example: { kind: 'com.xkcd' } },
    { method: 'POST', path: '/me/api/converse', headers: auth, example: { command: frames.command, conversationId: 'fuzz' } },
    { method: 'POST', path: '/me/api/oauth2/token', headers: {}, example: { grant_type: 'refresh_token', refresh_token: 'x', client_id: clientId, redirect_uri: REDIRECT_URI } },
    { method: 'POST', path: '/me/api/oauth2/revoke', headers: {}, example: { token: 'x', client_id: clientId } },
    { method: 'POST', path: '/user/login', headers: { cookie: loginForm.cookie }, example: { _csrf: loginForm.csrf, username: 'fuzzer', password: 'wrong-password', next: '/apps' } },
    { method: 'POST', path: '/user/register', headers: { cookie: registerForm.cookie }, example: { _csrf: registerForm.csrf, username: 'fuzzed', password: 'fuzzed-password', email: 'f@example.com' } },
  ];

  for (const name of ['/me/api/apps/create', '/me/api/devices/create', '/me/api/converse', '/me/api/oauth2/token', '/me/api/oauth2/revoke', '/user/login', '/user/register']) {
    it(`POST ${name}: no 5xx, no hang, refusals change nothing`, async () => {
      const endpoint = endpoints().find((candidate) => candidate.path === name) as Endpoint;
      await fuzzEndpoint(app.url, endpoint, { snapshot, numRuns, injections: true });
    });
  }

  for (const type of frameTypes) {
    it(`POST /me/api/converse, fields of a "${type}" command: no 5xx, no hang, refusals change nothing`, async () => {
      await fuzzEndpoint(app.url, { method: 'POST', path: '/me/api/converse', headers: auth, example: frames[type], bodies: hostileCommands(type), injectedBodies: injectedCommands(type) }, { snapshot, numRuns, injections: true });
    });
  }

  it('GET routes with path and query parameters: the injection sweep finds no 5xx', async () => {
    const authorize = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: REDIRECT_URI, scope: 'profile', state: 's' });
    const gets: Endpoint[] = [
      { method: 'GET', path: `/me/api/apps/get/${appId}`, pathSegments: [appId], headers: auth, example: undefined },
      { method: 'GET', path: '/me/api/parse?q=hello', headers: auth, example: undefined },
      { method: 'GET', path: `/me/api/oauth2/authorize?${authorize.toString()}`, headers: { cookie: sessionCookie }, example: undefined },
      { method: 'GET', path: '/user/login?next=%2Fapps', headers: {}, example: undefined },
    ];
    for (const endpoint of gets) await fuzzEndpoint(app.url, endpoint, { snapshot, numRuns, injections: true });
  });

  it('survives hostile frames of every type on one socket, which stays open and still answers', async () => {
    const socket = await openConversation(app.url, accessToken);
    for (const type of frameTypes) {
      await fc.assert(
        fc.asyncProperty(hostileBody(frames[type]), async (frame) => {
          socket.send(frame.payload);
          await sleep(20);
          expect(app.process.exitCode).toBeNull();
        }),
        { numRuns, endOnFailure: true, seed: 20261121 },
      );
    }
    const marker = `fuzz-survived-${Date.now()}`;
    socket.send(JSON.stringify({ type: 'tt', code: `now => @org.thingpedia.builtin.thingengine.builtin.say(message="${marker}");` }));
    const answered = () => socket.received.some(({ message }) => JSON.stringify(message).includes(marker));
    for (let waited = 0; waited < 600 && !answered(); waited++) await sleep(100);
    expect(answered()).toBe(true);
    expect(socket.isOpen()).toBe(true);
    socket.close();
    expect((await http(`${app.url}/healthz`)).json).toEqual({ status: 'ok' });
  });

  it('survives hostile frames on the results socket, which stays open and answers every ping', async () => {
    const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/me/api/results`, { headers: auth });
    const pongs: unknown[] = [];
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { type?: unknown };
      checkMessage(AlmondResultsMessage, message);
      if (message.type === 'pong') pongs.push(message);
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    let pings = 0;
    await fc.assert(
      fc.asyncProperty(hostileBody({ type: 'ping' }), async (frame) => {
        socket.send(frame.payload);
        try {
          if ((JSON.parse(frame.payload) as { type?: unknown } | null)?.type === 'ping') pings += 1;
        } catch {
          // not JSON: answered with an error, not a pong
        }
        await sleep(20);
        expect(app.process.exitCode).toBeNull();
      }),
      { numRuns, endOnFailure: true, seed: 20261121 },
    );
    socket.send(JSON.stringify({ type: 'ping' }));
    for (let waited = 0; waited < 300 && pongs.length < pings + 1; waited++) await sleep(100);
    expect(pongs).toHaveLength(pings + 1);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it('refuses a body over the limit, and stays up', async () => {
    expect([400, 413, 'closed']).toContain(await postOversized(`${app.url}/me/api/apps/create`, 4 * 1024 * 1024, auth));
    expect((await http(`${app.url}/healthz`)).json).toEqual({ status: 'ok' });
  });
});
