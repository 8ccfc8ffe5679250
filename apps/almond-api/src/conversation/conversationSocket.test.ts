import { AlmondResultsMessage } from '@parley/protocol-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../testing/conversationClient.js';
import { COUNTER_KIND, counterPlugin } from '../testing/counterPlugin.js';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let base: string;
let token: string;
let readOnly: string;
const notes = notesPlugin();
const counter = counterPlugin();

beforeAll(async () => {
  test = await startTestApp({ plugins: [notes, counter], minPollInterval: 50 });
  await test.app.listen({ port: 0, host: '127.0.0.1' });
  const address = test.app.server.address();
  base = `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/me/api/conversation`;
  token = (await grantTokens(test.app, test.services, 'bob', 'user-read user-exec-commands')).accessToken;
  readOnly = (await grantTokens(test.app, test.services, 'carl', 'user-read profile')).accessToken;
});
afterAll(async () => test.close());

const auth = (value = token) => ({ authorization: `Bearer ${value}` });
const texts = (round: Array<Record<string, unknown>>) => round.filter((message) => message.type === 'text').map((message) => message.text);

describe('conversation socket', () => {
  it('welcomes on the first visit, then welcomes back; every round ends with askSpecial', async () => {
    const first = await openConversation(base, auth());
    const round = await first.round();
    expect(texts(round)[0]).toBe("Hello! I'm Almond, your virtual assistant.");
    expect(round.filter((message) => message.type === 'button').length).toBeGreaterThan(0);
    expect(round[round.length - 1]).toEqual({ type: 'askSpecial', ask: null });
    await first.close();
    const second = await openConversation(base, auth());
    expect(await second.round()).toEqual([{ type: 'text', text: 'Welcome back!', icon: null }, { type: 'askSpecial', ask: null }]);
    await second.close();
  });

  it('hides the welcome with hide_welcome=1 and accepts the token in the query', async () => {
    const client = await openConversation(`${base}?hide_welcome=1&access_token=${token}`);
    expect(await client.round()).toEqual([{ type: 'askSpecial', ask: null }]);
    await client.close();
  });

  it('refuses sockets without a token or without the user-exec-command scope', async () => {
    await expect(openConversation(base)).rejects.toThrow('HTTP 401');
    await expect(openConversation(base, auth('bogus'))).rejects.toThrow('HTTP 401');
    await expect(openConversation(base, auth(readOnly))).rejects.toThrow('HTTP 403');
  });

  it('answers bad JSON and unknown types with an error and stays open', async () => {
    const client = await openConversation(`${base}?hide_welcome=1`, auth());
    await client.round();
    client.send('{not json');
    const bad = await client.next();
    expect(bad.type).toBe('error');
    expect(typeof bad.error).toBe('string');
    client.send({ type: 'dance' });
    expect(await client.next()).toEqual({ type: 'error', error: 'Invalid command type dance', code: 'EINVAL' });
    client.send({ type: 'command', text: 'word '.repeat(20_000) });
    expect(await client.next()).toEqual({ type: 'error', error: 'Command too long (at most 1000 characters)', code: 'E2BIG' });
    client.send({ type: 'tt', code: `now => @org.thingpedia.builtin.thingengine.builtin.say(message="${'x'.repeat(10_000)}");` });
    expect(await client.next()).toEqual({ type: 'error', error: 'Program too long (at most 10000 characters)', code: 'E2BIG' });
    client.send({ type: 'command', text: 'yes' });
    expect(await client.round()).toEqual([{ type: 'text', text: 'I agree, but to what?', icon: null }, { type: 'askSpecial', ask: null }]);
    await client.close();
  });

  it('closes the socket with 1009 on a frame over 1 MiB', async () => {
    const client = await openConversation(`${base}?hide_welcome=1`, auth());
    await client.round();
    const closed = new Promise<number>((resolve) => client.socket.once('close', (code: number) => resolve(code)));
    client.send({ type: 'command', text: 'x'.repeat(1024 * 1024) });
    expect(await closed).toBe(1009);
  });

  it('runs a command: chooses a device, fills a slot, confirms and executes', async () => {
    for (const title of ['home', 'work']) {
      const created = await test.app.inject({ method: 'POST', url: '/me/api/devices/create', headers: auth(), payload: { kind: NOTES_KIND, title } });
      expect(created.statusCode).toBe(200);
    }
    const client = await openConversation(`${base}?hide_welcome=1`, auth());
    await client.round();
    client.send({ type: 'command', text: 'write a note' });
    const choose = await client.round();
    expect(texts(choose)).toEqual(['You have multiple Notes devices. Which one do you want to use?']);
    expect(choose.filter((message) => message.type === 'choice').map((message) => message.idx)).toEqual([0, 1]);
    expect(choose[choose.length - 1]).toEqual({ type: 'askSpecial', ask: 'choice' });

    client.send({ type: 'parsed', json: { code: ['bookkeeping', 'choice', '1'], entities: {} } });
    const slot = await client.round();
    expect(texts(slot)).toEqual(['What should the note say?']);
    expect(slot[slot.length - 1]).toEqual({ type: 'askSpecial', ask: 'raw_string' });

    client.send({ type: 'command', text: 'buy milk' });
    const confirm = await client.round();
    expect(texts(confirm)[0]).toMatch(/^Okay, so you want me to write a note saying .buy milk.\. Is that right\?$/);
    expect(confirm[confirm.length - 1]).toEqual({ type: 'askSpecial', ask: 'yesno' });

    client.send({ type: 'command', text: 'yes' });
    const done = await client.round();
    expect(texts(done)).toEqual(['Consider it done.']);
    expect(done[done.length - 1]).toEqual({ type: 'askSpecial', ask: null });
    expect(notes.written).toHaveLength(1);
    expect(notes.written[0]?.text).toBe('buy milk');
    await client.close();
  });

  it('runs ThingTalk given as tt (code or tt property) and shows the results', async () => {
    const client = await openConversation(`${base}?hide_welcome=1`, auth());
    await client.round();
    client.send({ type: 'tt', code: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").dup_data(data_in="ab") => notify;' });
    const round = await client.round();
    expect(texts(round)).toContain('abab');
    client.send({ type: 'tt', tt: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").dup_data(data_in="xy") => notify;' });
    expect(texts(await client.round())).toContain('xyxy');
    await client.close();
  });

  it('delivers notifications of running programs to every open conversation of the user', async () => {
    const one = await openConversation(`${base}?hide_welcome=1`, auth());
    const two = await openConversation(`${base}?hide_welcome=1`, auth());
    await one.round();
    await two.round();
    const created = await test.app.inject({ method: 'POST', url: '/me/api/apps/create', headers: auth(), payload: { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` } });
    const appId = created.json().uniqueId as string;
    await new Promise((resolve) => setTimeout(resolve, 400));
    counter.set(5);
    for (const client of [one, two]) {
      const round = await client.round();
      expect(texts(round).join(' ')).toContain('The counter is 5.');
      expect(round.find((message) => String(message.text).includes('The counter is 5.'))?.icon).toBe(COUNTER_KIND);
      expect(round[round.length - 1]).toEqual({ type: 'askSpecial', ask: null });
    }
    await test.app.inject({ method: 'POST', url: `/me/api/apps/delete/${appId}`, headers: auth() });
    await one.close();
    await two.close();
  });
});

describe('training', () => {
  it('remembers what a sentence meant for this user', async () => {
    const client = await openConversation(`${base}?hide_welcome=1`, auth());
    await client.round();
    client.send({ type: 'command', text: 'say hello world' });
    const ran = await client.round();
    expect(ran[ran.length - 1]).toEqual({ type: 'askSpecial', ask: null });
    client.send({ type: 'parsed', json: { code: ['bookkeeping', 'special', 'special:train'], entities: {} } });
    const offered = await client.round();
    expect(texts(offered)[0]).toBe('Did you mean any of the following?');
    expect(offered[1]).toEqual({ type: 'choice', idx: 0, title: 'send me a message “hello world”' });
    client.send({ type: 'parsed', json: { code: ['bookkeeping', 'choice', '0'], entities: {} } });
    const learned = await client.round();
    expect(texts(learned)).toContain('Thanks, I made a note of that.');
    await client.close();
    const bob = await test.services.users.byUsername('bob');
    expect(await test.services.learned.lookup(bob!.id, 'Say hello world!')).toMatchObject({ score: 'Infinity' });
    const carl = await test.services.users.byUsername('carl');
    expect(await test.services.learned.lookup(carl!.id, 'say hello world')).toBeUndefined();
    const again = await openConversation(`${base}?hide_welcome=1`, auth());
    await again.round();
    again.send({ type: 'command', text: 'Say hello world' });
    const confident = await again.round();
    expect(texts(confident)[0]).toMatch(/^Okay, I'm going to /);
    expect(confident[confident.length - 1]).toEqual({ type: 'askSpecial', ask: null });
    await again.close();
  });
});

describe('anonymous socket', () => {
  it('needs no token, answers queries and asks to register for anything else', async () => {
    const client = await openConversation(base.replace('/conversation', '/anonymous'));
    const welcome = await client.round();
    expect(texts(welcome)[0]).toBe("Hello! I'm Almond, your virtual assistant.");
    client.send({ type: 'tt', code: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").dup_data(data_in="hi") => notify;' });
    expect(texts(await client.round())).toContain('hihi');
    client.send({ type: 'tt', code: 'now => @org.thingpedia.builtin.thingengine.builtin.say(message="hello");' });
    const refused = await client.round();
    expect(texts(refused)).toContain('Sorry, to execute this command you must log in to your personal account.');
    expect(refused.find((message) => message.type === 'link')).toMatchObject({ link: '/user/register' });
    await client.close();
  });
});

describe('results socket', () => {
  it('streams the raw and formatted results of background programs and answers ping', async () => {
    const results = `${base.replace('/conversation', '/results')}`;
    await expect(openConversation(results, auth())).rejects.toThrow('HTTP 403');
    const reader = (await grantTokens(test.app, test.services, 'rita', 'user-read-results user-exec-command')).accessToken;
    const client = await openConversation(results, auth(reader), AlmondResultsMessage);
    client.send({ type: 'ping' });
    expect(await client.next()).toEqual({ type: 'pong' });
    const created = await test.app.inject({ method: 'POST', url: '/me/api/apps/create', headers: auth(reader), payload: { code: `monitor (@${COUNTER_KIND}(id="${COUNTER_KIND}").value()) => notify;` } });
    const appId = created.json().uniqueId as string;
    await new Promise((resolve) => setTimeout(resolve, 400));
    counter.set(11);
    expect(await client.next()).toEqual({
      result: { appId, icon: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/icons/${COUNTER_KIND.replace(/\./g, '\\.')}\\.png$`)), raw: { value: 11 }, type: `${COUNTER_KIND}:value`, formatted: ['The counter is 11.'] },
    });
    await test.app.inject({ method: 'POST', url: `/me/api/apps/delete/${appId}`, headers: auth(reader) });
    await client.close();
  });
});

describe('/converse', () => {
  it('keeps a stateless conversation by id', async () => {
    const post = (payload: unknown) => test.app.inject({ method: 'POST', url: '/me/api/converse', headers: auth(), payload: payload as Record<string, unknown> });
    const first = await post({ command: { type: 'command', text: 'say hello' } });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.conversationId).toMatch(/^stateless-[0-9a-f]{16}$/);
    expect(body.messages.every((message: { type: string }) => message.type !== 'askSpecial')).toBe(true);
    expect(typeof body.askSpecial === 'string' || body.askSpecial === null).toBe(true);
    const missing = await post({});
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ error: 'Missing command' });
    for (const [command, error] of [
      [{ type: 'dance' }, 'Invalid command type dance'],
      [{ type: 42 }, 'Invalid command type 42'],
      ['hello', 'Invalid command'],
      [{ type: 'command', text: 7 }, 'Missing text'],
      [{ type: 'parsed', json: 1 }, 'Missing json'],
      [{ type: 'tt', code: [] }, 'Missing code'],
    ] as const) {
      const refused = await post({ command });
      expect(refused.statusCode, JSON.stringify(command)).toBe(400);
      expect(refused.json()).toEqual({ error, code: 'EINVAL' });
    }
    const long = await post({ command: { type: 'command', text: 'word '.repeat(20_000) } });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toEqual({ error: 'Command too long (at most 1000 characters)', code: 'E2BIG' });
    const again = await post({ command: { type: 'command', text: 'never mind' }, conversationId: body.conversationId });
    expect(again.json().conversationId).toBe(body.conversationId);
  });

  it('continues a slot-filling dialog across requests, for its own user only', async () => {
    const post = (payload: unknown, bearer = token) =>
      test.app.inject({ method: 'POST', url: '/me/api/converse', headers: auth(bearer), payload: payload as Record<string, unknown> });
    const asked = (await post({ command: { type: 'tt', code: 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").dup_data(data_in=$?) => notify;' } })).json();
    expect(asked.askSpecial).toBe('raw_string');
    expect(asked.messages.map((message: { text?: string }) => message.text)).toContain('What data do you want to duplicate?');
    const other = await grantTokens(test.app, test.services, 'olga', 'user-exec-command');
    const foreign = (await post({ command: { type: 'command', text: 'xy' }, conversationId: asked.conversationId }, other.accessToken)).json();
    expect(foreign.conversationId).not.toBe(asked.conversationId);
    const answered = (await post({ command: { type: 'command', text: 'xy' }, conversationId: asked.conversationId })).json();
    expect(answered.conversationId).toBe(asked.conversationId);
    expect(answered.messages.map((message: { text?: string }) => message.text)).toContain('xyxy');
    expect(answered.askSpecial).toBeNull();
  });

  it('acts on the everyday commands of issue #15 for a user with no configured device', async () => {
    const user = (await grantTokens(test.app, test.services, 'everyday', 'user-read user-exec-command')).accessToken;
    const converse = async (text: string) => {
      const answer = await test.app.inject({ method: 'POST', url: '/me/api/converse', headers: auth(user), payload: { command: { type: 'command', text } } });
      return answer.json() as { messages: Array<Record<string, unknown>>; askSpecial: string | null };
    };
    const builtinRuns: Array<[string, RegExp]> = [
      ['what is the date today', /^Today is /],
      ['what time is it', /^Current time is /],
      ['pick a random number between 1 and 10', /^([1-9]|10)$/],
      ['say good morning', /^Okay, I'm going to send me a message “good morning”\.$/],
    ];
    for (const [text, shown] of builtinRuns) {
      const round = await converse(text);
      expect(round.askSpecial, text).toBeNull();
      expect(texts(round.messages).some((line) => shown.test(String(line))), `${text}: ${JSON.stringify(texts(round.messages))}`).toBe(true);
    }
    const started: Array<[string, string]> = [
      ['every day at 9am say good morning', "Okay, I'm going to send me a message “good morning” every day at 9:00 AM."],
      ['every hour tell me the time', "Okay, I'm going to do the following: every 1 h, get the current time, and then notify you."],
      ['notify me when a new xkcd comic is published', "Okay, I'm going to notify you when an Xkcd comic changes."],
    ];
    for (const [text, echo] of started) {
      const round = await converse(text);
      expect(round.askSpecial, text).toBeNull();
      expect(texts(round.messages), `${text}: ${JSON.stringify(texts(round.messages))}`).toContain(echo);
    }
    const apps = (await test.app.inject({ method: 'GET', url: '/me/api/apps/list', headers: auth(user) })).json() as Array<{ uniqueId: string; code: string }>;
    expect(apps.map((app) => app.code)).toEqual(expect.arrayContaining([
      'attimer(time=new Time(9, 0)) => @org.thingpedia.builtin.thingengine.builtin(id="org.thingpedia.builtin.thingengine.builtin").say(message="good morning");',
      'monitor (@com.xkcd(id="com.xkcd").get_comic()) => notify;',
    ]));
    for (const app of apps) await test.app.inject({ method: 'POST', url: `/me/api/apps/delete/${app.uniqueId}`, headers: auth(user) });
    // xkcd queries run on the set-up-free device (the network may be absent: the round still ends without a question)
    for (const text of ['get an xkcd comic', 'show me xkcd comic 42']) expect((await converse(text)).askSpecial, text).toBeNull();
    const unsure = await converse('xkcd what if');
    expect(texts(unsure.messages)[0]).toBe('Did you mean any of the following?');
    expect(unsure.askSpecial).toBe('choice');
    expect(texts((await converse('florp the wibble')).messages)[0]).toMatch(/^Sorry, I did not understand that/);
  });

  it('asks which device when the user has several of a kind, and uses the only one without asking', async () => {
    const user = (await grantTokens(test.app, test.services, 'noter', 'user-read user-exec-command')).accessToken;
    const post = (payload: unknown) => test.app.inject({ method: 'POST', url: '/me/api/converse', headers: auth(user), payload: payload as Record<string, unknown> });
    const first = (await test.app.inject({ method: 'POST', url: '/me/api/devices/create', headers: auth(user), payload: { kind: NOTES_KIND, title: 'one' } })).json();
    const single = (await post({ command: { type: 'command', text: 'write a note saying "milk"' } })).json();
    expect(single.askSpecial).toBeNull();
    expect(notes.written).toContainEqual({ device: first.uniqueId, text: 'milk' });
    await test.app.inject({ method: 'POST', url: '/me/api/devices/create', headers: auth(user), payload: { kind: NOTES_KIND, title: 'two' } });
    const asked = (await post({ command: { type: 'command', text: 'write a note saying "eggs"' } })).json();
    expect(texts(asked.messages)).toContain('You have multiple Notes devices. Which one do you want to use?');
    expect(asked.askSpecial).toBe('choice');
  });
});

