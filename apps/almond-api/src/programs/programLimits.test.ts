// The resource limits of programs (issue #20 items 2 and 3), through the API, the conversation and the anonymous
// socket: nothing a program asks for can exhaust the server, and every refusal reaches the user as Almond reports
// execution errors.
import { defineDevice, type DevicePlugin } from '@parley/thingtalk/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../http/rateLimits.js';
import { openConversation } from '../testing/conversationClient.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import type { CatalogPlugin } from '../thingpedia/catalog.js';
import { DEFAULT_PROGRAM_LIMITS } from './programLimits.js';

const SLOW_KIND = 'org.example.slow';
/** A query that answers only when the program is stopped. */
const slowPlugin: CatalogPlugin = {
  plugin: {
    kind: SLOW_KIND,
    classSource: `class @${SLOW_KIND} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.none();
  query wait(out value: Number) #_[canonical="wait"] #_[confirmation="wait"];
}`,
    datasetSource: `dataset @${SLOW_KIND} language "en" {}`,
    create: () =>
      defineDevice({
        kind: SLOW_KIND, name: 'Slow', description: 'never answers',
        queries: { wait: (_params, { signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve([]), { once: true })) },
      }),
  } satisfies DevicePlugin<never>,
  info: { name: 'Slow', description: 'never answers', category: 'data-management' },
};

const TEST = '@org.thingpedia.builtin.test(id="org.thingpedia.builtin.test")';
let test: TestApp;
let anonymousUrl: string;
let token: string;

beforeAll(async () => {
  test = await startTestApp({
    plugins: [slowPlugin],
    programLimits: { ...DEFAULT_PROGRAM_LIMITS, roundMs: 300, appsPerUser: 2, notificationsPerMinute: 3, minTimerIntervalMs: 10 },
    rateLimits: { ...DEFAULT_RATE_LIMITS, anonymous: 4 },
  });
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const address = test.app.server.address();
  anonymousUrl = `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/me/api/anonymous?hide_welcome=1`;
  token = (await grantTokens(test.app, test.services, 'bob', 'user-read user-exec-command')).accessToken;
});
afterAll(async () => test.close());

const create = (code: string, bearer = token) =>
  test.app.inject({ method: 'POST', url: '/me/api/apps/create', headers: { authorization: `Bearer ${bearer}` }, payload: { code } });
const texts = (round: Array<Record<string, unknown>>) => round.filter((message) => message.type === 'text').map((message) => message.text);

describe('program limits', () => {
  it('answer the anonymous heap-exhausting program with an error message, and the socket goes on', async () => {
    const client = await openConversation(anonymousUrl);
    await client.round();
    client.send({ type: 'tt', code: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").get_data(size=100000000byte) => notify;' });
    expect(texts(await client.round())).toContain('Sorry, that did not work: get_data cannot generate more than 65536 bytes.');
    client.send({ type: 'tt', code: `now => ${TEST}.dup_data(data_in="hi") => notify;` });
    expect(texts(await client.round())).toContain('hihi');
    await client.close();
  });

  it('rate-limit the messages of the anonymous socket per client address', async () => {
    const client = await openConversation(anonymousUrl);
    await client.round();
    // 4 messages a minute from this address, some of them sent by the test before
    let answer: Record<string, unknown> = {};
    for (let sent = 0; sent < 5 && answer.type !== 'error'; sent++) {
      client.send({ type: 'tt', code: `now => ${TEST}.dup_data(data_in="hi") => notify;` });
      answer = await client.next();
      if (answer.type !== 'error') await client.round();
    }
    expect(answer).toEqual({ type: 'error', error: expect.stringMatching(/^Too many requests, retry in \d+ seconds$/), code: 'ERATELIMIT' });
    await client.close();
  });

  it('stop a join whose rows multiply, with the error among the results', async () => {
    const response = await create(`now => (${TEST}.get_data(size=1byte, count=100) join ${TEST}.get_data(size=1byte, count=100)) join ${TEST}.get_data(size=1byte, count=10) => notify;`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ results: [], errors: [{ message: 'A join produced more than 1000 results, the most a program may handle' }] });
  });

  it('stop a command that runs longer than a round may', async () => {
    const response = await create(`now => @${SLOW_KIND}(id="${SLOW_KIND}").wait() => notify;`);
    expect(response.json()).toMatchObject({ results: [], errors: [{ message: 'the command took longer than 300 milliseconds and was stopped', primitive: null }] });
  });

  it('refuse a timer faster than the minimum and more programs than the quota, in the protocol shape', async () => {
    expect((await create('timer(base=new Date(), interval=1ms) => notify;')).json()).toEqual({ error: 'a timer may fire at most every 10 milliseconds' });
    expect((await create('timer(base=new Date(), interval=1s, frequency=1000) => notify;')).statusCode).toBe(400);
    const other = (await grantTokens(test.app, test.services, 'carl', 'user-read user-exec-command')).accessToken;
    for (let i = 0; i < 2; i++) expect((await create('timer(base=new Date(), interval=1h) => notify;', other)).statusCode).toBe(200);
    const refused = await create('timer(base=new Date(), interval=1h) => notify;', other);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({ error: 'you already have 2 programs running, the most one user may have; delete one first' });
  });

  it('drop the notifications of a user past the rate cap, telling them once', async () => {
    const dana = await grantTokens(test.app, test.services, 'dana', 'user-read user-exec-command');
    const user = await test.services.users.byUsername('dana');
    const received: string[] = [];
    const stop = test.services.hub.listen(user!.id, (n) => received.push('error' in n.result ? n.result.error : 'result'));
    const dropped = 'more than 3 notifications in a minute, the rest of this minute\'s are dropped';
    const app = (await create('timer(base=new Date(), interval=20ms) => notify;', dana.accessToken)).json();
    // Waits for the drop notice (a loaded machine is slow to get there), then for ticks that would come after it.
    for (const deadline = Date.now() + 10_000; !received.includes(dropped) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    await test.services.runner.stop(user!.id, app.uniqueId);
    stop();
    // Three notifications pass: results, or on a loaded machine a round stopped at this file's 300 ms limit (an
    // error notification counts as one); then the notice, once, and nothing after it.
    expect(received).toHaveLength(4);
    expect(received.slice(0, 3)).not.toContain(dropped);
    expect(received[3]).toBe(dropped);
    expect(received.filter((text) => text === 'result').length).toBeGreaterThan(0);
  });
});
