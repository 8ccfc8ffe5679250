import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_KIND, counterPlugin } from '../testing/counterPlugin.js';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let bob: string;
let bobReadOnly: string;
let eve: string;
const counter = counterPlugin();
const notes = notesPlugin();

beforeAll(async () => {
  test = await startTestApp({ plugins: [counter, notes], minPollInterval: 50 });
  bob = (await grantTokens(test.app, test.services, 'bob', 'profile user-read user-exec-command')).accessToken;
  eve = (await grantTokens(test.app, test.services, 'eve', 'user-read user-exec-command')).accessToken;
  const readOnly = await grantTokens(test.app, test.services, 'bob2', 'user-read');
  bobReadOnly = readOnly.accessToken;
});
afterAll(async () => test.close());

const call = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  test.app.inject({ method, url: `/me/api${url}`, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

describe('/apps/create', () => {
  it('runs a command and returns its description, results and formatted messages', async () => {
    const code = 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").get_data(count=2, size=10byte) => notify;';
    const response = await call(bob, 'POST', '/apps/create', { code });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.uniqueId).toMatch(/^uuid-[0-9a-f-]{36}$/);
    expect(body.description).toBe('get generate 10 byte of fake data with count equal to 2 and then notify you');
    expect(body.code).toBe(code);
    expect(body.icon).toBe('http://localhost/icons/org.thingpedia.builtin.test.png');
    expect(body.errors).toEqual([]);
    expect(body.results).toHaveLength(2);
    expect(body.results[0]).toMatchObject({ type: 'org.thingpedia.builtin.test:get_data', outputType: 'org.thingpedia.builtin.test:get_data' });
    expect(typeof body.results[0].raw.data).toBe('string');
    expect(body.results[0].formatted).toEqual([body.results[0].raw.data]);
  });

  it('answers type errors with 400 and the message', async () => {
    const response = await call(bob, 'POST', '/apps/create', { code: 'now => @com.xkcd(id="com.xkcd").nope() => notify;' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'Class com.xkcd has no query nope' });
    const noDevice = await call(bob, 'POST', '/apps/create', { code: `now => @${NOTES_KIND}.write(text="hi");` });
    expect(noDevice.statusCode).toBe(400);
    expect(noDevice.json()).toEqual({ error: `must select a device for @${NOTES_KIND}` });
    const slot = await call(bob, 'POST', '/apps/create', { code: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").dup_data(data_in=$?) => notify;' });
    expect(slot.statusCode).toBe(400);
  });

  it('selects devices as almond-cloud did: builtin kinds, set-up-free kinds and the only configured device', async () => {
    const user = (await grantTokens(test.app, test.services, 'selecting', 'user-read user-exec-command')).accessToken;
    const time = await call(user, 'POST', '/apps/create', { code: 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;' });
    expect(time.statusCode).toBe(200);
    expect(time.json().code).toBe('now => @org.thingpedia.builtin.thingengine.builtin(id="org.thingpedia.builtin.thingengine.builtin").get_time() => notify;');
    expect(time.json().results[0].formatted[0]).toMatch(/^Current time is /);
    const counted = await call(user, 'POST', '/apps/create', { code: `now => @${COUNTER_KIND}.value() => notify;` });
    expect(counted.json().code).toBe(`now => @${COUNTER_KIND}(id="${COUNTER_KIND}").value() => notify;`);
    expect((await call(user, 'GET', '/devices/list')).json().map((device: { kind: string }) => device.kind)).toContain(COUNTER_KIND);
    const first = (await call(user, 'POST', '/devices/create', { kind: NOTES_KIND, title: 'one' })).json();
    const written = await call(user, 'POST', '/apps/create', { code: `now => @${NOTES_KIND}.write(text="one");` });
    expect(written.json().code).toBe(`now => @${NOTES_KIND}(id="${first.uniqueId}").write(text="one");`);
    expect(notes.written).toContainEqual({ device: first.uniqueId, text: 'one' });
    await call(user, 'POST', '/devices/create', { kind: NOTES_KIND, title: 'two' });
    const ambiguous = await call(user, 'POST', '/apps/create', { code: `now => @${NOTES_KIND}.write(text="two");` });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json()).toEqual({ error: `must select a device for @${NOTES_KIND}` });
  });

  it('creates monitors and timers for a user with no configured devices', async () => {
    const user = (await grantTokens(test.app, test.services, 'monitoring', 'user-read user-exec-command')).accessToken;
    const monitor = await call(user, 'POST', '/apps/create', { code: 'monitor (@org.thingpedia.builtin.test.get_data(size=10byte)) => notify;' });
    expect(monitor.statusCode).toBe(200);
    expect(monitor.json().results).toEqual([]);
    const timer = await call(user, 'POST', '/apps/create', { code: '(timer(base=new Date(), interval=1h) => @org.thingpedia.builtin.thingengine.builtin.get_time()) => notify;' });
    expect(timer.statusCode).toBe(200);
    const ids = (await call(user, 'GET', '/apps/list')).json().map((app: { uniqueId: string }) => app.uniqueId);
    expect(ids).toEqual(expect.arrayContaining([monitor.json().uniqueId, timer.json().uniqueId]));
    for (const id of ids) await call(user, 'POST', `/apps/delete/${id}`);
  });

  it('answers syntax errors with 400 and the message', async () => {
    const response = await call(bob, 'POST', '/apps/create', { code: 'now => => notify' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatch(/^Syntax error at 1:8/);
  });

  it('needs a JSON body with a code string', async () => {
    const form = await test.app.inject({ method: 'POST', url: '/me/api/apps/create', headers: { authorization: `Bearer ${bob}`, 'content-type': 'text/plain' }, payload: 'code' });
    expect(form.statusCode).toBe(415);
    expect(form.json()).toEqual({ code: 'EINVAL', error: 'invalid content-type' });
    const missing = await call(bob, 'POST', '/apps/create', { program: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ error: 'missing or invalid parameter code', code: 'EINVAL' });
  });

  it('needs the user-exec-command scope', async () => {
    const response = await call(bobReadOnly, 'POST', '/apps/create', { code: 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'invalid scope' });
  });
});

describe('long-running apps', () => {
  it('are listed, fetched, kept per user and stopped by delete (POST or GET)', async () => {
    const created = await call(bob, 'POST', '/apps/create', { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` });
    expect(created.statusCode).toBe(200);
    const app = created.json();
    expect(app.results).toEqual([]);
    expect(app.description).toBe('notify you when the counter value changes');
    expect(test.services.runner.isRunning(app.uniqueId)).toBe(true);

    const list = (await call(bob, 'GET', '/apps/list')).json();
    expect(list).toEqual([{ uniqueId: app.uniqueId, description: app.description, error: null, code: app.code, icon: `http://localhost/icons/${COUNTER_KIND}.png` }]);
    expect((await call(bob, 'GET', `/apps/get/${app.uniqueId}`)).json().uniqueId).toBe(app.uniqueId);

    // another user sees nothing and cannot stop it
    expect((await call(eve, 'GET', '/apps/list')).json()).toEqual([]);
    const foreign = await call(eve, 'GET', `/apps/get/${app.uniqueId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({ error: 'Not Found', code: 'ENOENT' });
    expect((await call(eve, 'POST', `/apps/delete/${app.uniqueId}`)).statusCode).toBe(404);

    const deleted = await call(bob, 'POST', `/apps/delete/${app.uniqueId}`);
    expect(deleted.json()).toEqual({ status: 'ok' });
    expect(test.services.runner.isRunning(app.uniqueId)).toBe(false);
    expect((await call(bob, 'GET', '/apps/list')).json()).toEqual([]);
    expect((await call(bob, 'GET', `/apps/delete/${app.uniqueId}`)).statusCode).toBe(404);

    const second = (await call(bob, 'POST', '/apps/create', { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` })).json();
    expect((await call(bob, 'GET', `/apps/delete/${second.uniqueId}`)).json()).toEqual({ status: 'ok' });
  });

  it('push their results to the user only', async () => {
    const received: Array<{ user: string; text: unknown }> = [];
    const bobUser = await test.services.users.authenticate('bob', 'bob-password');
    const eveUser = await test.services.users.authenticate('eve', 'eve-password');
    const stopBob = test.services.hub.listen(bobUser!.id, (n) => received.push({ user: 'bob', text: 'formatted' in n.result ? n.result.formatted : n.result.error }));
    const stopEve = test.services.hub.listen(eveUser!.id, (n) => received.push({ user: 'eve', text: n.appName }));
    const app = (await call(bob, 'POST', '/apps/create', { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` })).json();
    await new Promise((resolve) => setTimeout(resolve, 400));
    counter.set(2);
    await expect.poll(() => received.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(received[0]).toEqual({ user: 'bob', text: ['The counter is 2.'] });
    expect(received.every((entry) => entry.user === 'bob')).toBe(true);
    stopBob();
    stopEve();
    await call(bob, 'POST', `/apps/delete/${app.uniqueId}`);
  });
});

describe('/devices', () => {
  it('lists the builtin devices sorted by name and adds set-up-free devices', async () => {
    const before = (await call(eve, 'GET', '/devices/list')).json();
    expect(before.map((device: { kind: string }) => device.kind)).toEqual(['org.thingpedia.builtin.thingengine.builtin', 'org.thingpedia.builtin.test']);
    expect(before[0]).toEqual({
      uniqueId: 'org.thingpedia.builtin.thingengine.builtin', name: 'Miscellaneous Interfaces',
      description: 'Time, randomness and other non-device specific things.', kind: 'org.thingpedia.builtin.thingengine.builtin', ownerTier: 'global',
    });
    const created = await call(eve, 'POST', '/devices/create', { kind: 'com.xkcd' });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ uniqueId: 'com.xkcd', kind: 'com.xkcd', name: 'XKCD', ownerTier: 'global' });
    const names = (await call(eve, 'GET', '/devices/list')).json().map((device: { name: string }) => device.name);
    expect(names).toEqual(['Miscellaneous Interfaces', 'Test Device', 'XKCD']);
    expect((await call(bob, 'GET', '/devices/list')).json().map((device: { kind: string }) => device.kind)).not.toContain('com.xkcd');
  });

  it('rejects unknown kinds, non-scalar fields and missing scopes', async () => {
    expect((await call(eve, 'POST', '/devices/create', { kind: 'com.nope' })).statusCode).toBe(400);
    const nested = await call(eve, 'POST', '/devices/create', { kind: 'com.thecatapi', apiKey: { nested: true } });
    expect(nested.statusCode).toBe(400);
    expect(nested.json()).toEqual({ error: 'missing or invalid parameter apiKey', code: 'EINVAL' });
    expect((await call(bobReadOnly, 'POST', '/devices/create', { kind: 'com.xkcd' })).statusCode).toBe(403);
  });

  it('refuses fields a set-up-free kind does not have, so that no user points a device at an address of their choosing', async () => {
    for (const field of ['baseUrl', 'whatIfUrl', 'accessToken']) {
      const answer = await call(eve, 'POST', '/devices/create', { kind: 'com.xkcd', [field]: 'http://127.0.0.1:1/internal/' });
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toEqual({ error: `Device kind com.xkcd has no parameter ${field}`, code: 'EINVAL' });
    }
    const cat = await call(eve, 'POST', '/devices/create', { kind: 'com.thecatapi', apiKey: 'mine' });
    expect(cat.json()).toEqual({ error: 'Device kind com.thecatapi has no parameter apiKey', code: 'EINVAL' });
  });
});
