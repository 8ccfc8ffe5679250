import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

let test: TestApp;
let token: string;
let profileOnly: string;

beforeAll(async () => {
  test = await startTestApp({ plugins: [notesPlugin()] });
  token = (await grantTokens(test.app, test.services, 'bob', 'user-read user-exec-command')).accessToken;
  profileOnly = (await grantTokens(test.app, test.services, 'eve', 'profile')).accessToken;
});
afterAll(async () => test.close());

const parse = (query: string, value = token) => test.app.inject({ method: 'GET', url: `/me/api/parse?${query}`, headers: { authorization: `Bearer ${value}` } });

describe('/parse', () => {
  it('parses the seed example, auto-configuring the set-up-free device and binding it', async () => {
    const response = await parse('q=get+a+cat+picture');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.tokens).toEqual(['get', 'a', 'cat', 'picture']);
    expect(body.entities).toEqual({});
    expect(body.candidates[0]).toEqual({
      score: 'Infinity',
      code: 'now => @com.thecatapi(id="com.thecatapi").get() => notify;',
      commandClass: 'query',
      devices: { p_0: { uniqueId: 'com.thecatapi', name: 'The Cat API', description: 'Where every day is Caturday!', kind: 'com.thecatapi', icon: 'http://localhost/icons/com.thecatapi.png' } },
      locations: {},
      times: {},
    });
    const listed = await test.app.inject({ method: 'GET', url: '/me/api/devices/list', headers: { authorization: `Bearer ${token}` } });
    expect(listed.json().map((device: { kind: string }) => device.kind)).toContain('com.thecatapi');
  });

  it('classifies triggers and offers the factory, or the choices, for configured kinds', async () => {
    expect((await parse('q=notify+me+when+a+new+xkcd+is+out')).json().candidates[0].commandClass).toBe('trigger');
    const unconfigured = (await parse('q=write+a+note')).json().candidates[0];
    expect(unconfigured.commandClass).toBe('action');
    expect(unconfigured.devices.p_0).toMatchObject({ kind: NOTES_KIND, type: 'form' });
    for (const title of ['a', 'b']) {
      await test.app.inject({ method: 'POST', url: '/me/api/devices/create', headers: { authorization: `Bearer ${token}` }, payload: { kind: NOTES_KIND, title } });
    }
    const several = (await parse('q=write+a+note')).json().candidates[0];
    expect(several.devices.p_0).toHaveLength(2);
    expect(several.code).toBe(`now => @${NOTES_KIND}.write(text=$?);`);
  });

  it('finds the program of a paraphrase that is not in the dataset through the classifier', async () => {
    const [best] = (await parse('q=please+show+me+some+random+comic+from+xkcd')).json().candidates;
    expect(best.code).toBe('now => @com.xkcd(id="com.xkcd").random_comic() => notify;');
    expect(typeof best.score).toBe('number');
    const cats = (await parse('q=give+me+5+pictures+of+kitties')).json();
    expect(cats.candidates[0].code).toBe('now => @com.thecatapi(id="com.thecatapi").get(count=5) => notify;');
  });

  it('replaces numbers and quoted strings by placeholders and fills them into the classified program', async () => {
    const body = (await parse(`q=${encodeURIComponent('could you consume "cookies" for me 3 times')}`)).json();
    expect(body.tokens).toEqual(['could', 'you', 'consume', 'QUOTED_STRING_0', 'for', 'me', 'NUMBER_0', 'times']);
    expect(body.entities).toEqual({ QUOTED_STRING_0: 'cookies', NUMBER_0: 3 });
    expect(body.candidates[0].code).toBe('now => @org.thingpedia.builtin.test.eat_data(data="cookies");');
    expect(body.candidates.length).toBeLessThanOrEqual(3);
  });

  it('returns no candidates for bookkeeping and gibberish', async () => {
    expect((await parse('q=yes')).json().candidates).toEqual([]);
    expect((await parse('q=florp+wibble')).json().candidates).toEqual([]);
  });

  it('needs a query and the user-read scope', async () => {
    const missing = await parse('');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ error: 'Missing query', code: 'EINVAL' });
    expect((await parse('q=xkcd', profileOnly)).statusCode).toBe(403);
  });

  it('refuses a query over 1,000 characters', async () => {
    const atLimit = 'xkcd '.repeat(200);
    expect((await parse(`q=${encodeURIComponent(atLimit)}`)).statusCode).toBe(200);
    const over = await parse(`q=${encodeURIComponent(`${atLimit}x`)}`);
    expect(over.statusCode).toBe(400);
    expect(over.json()).toEqual({ error: 'Query too long (at most 1000 characters)', code: 'E2BIG' });
  });
});
