import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantTokens } from '../testing/oauthFlow.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

// The strict routes check their request by schema, without type coercion, and answer almond-cloud's errors;
// /converse stays lenient (docs/protocols/almond.md §2.7).
let test: TestApp;
let bob: string;
let reader: string;
let profileOnly: string;

beforeAll(async () => {
  test = await startTestApp();
  bob = (await grantTokens(test.app, test.services, 'bob', 'user-read user-exec-command')).accessToken;
  reader = (await grantTokens(test.app, test.services, 'rita', 'user-read')).accessToken;
  profileOnly = (await grantTokens(test.app, test.services, 'pat', 'profile')).accessToken;
});
afterAll(async () => test.close());

const post = (token: string, url: string, payload: string) =>
  test.app.inject({ method: 'POST', url: `/me/api${url}`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload });
const invalid = (name: string) => ({ error: `missing or invalid parameter ${name}`, code: 'EINVAL' });

describe('POST /apps/create', () => {
  it('refuses a code that is not a non-blank string, and a body that is not an object, without coercing', async () => {
    for (const payload of ['{"code": 5}', '{"code": ["now => notify;"]}', '{"code": "  "}', '[]', 'null', '"now => notify;"']) {
      const response = await post(bob, '/apps/create', payload);
      expect(response.statusCode, payload).toBe(400);
      expect(response.json()).toEqual(invalid('code'));
    }
  });

  it('checks the scope before the body', async () => {
    const response = await post(reader, '/apps/create', '{"code": 5}');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'invalid scope' });
  });

  it('reads locations and times leniently: values of another shape are ignored', async () => {
    const code = 'now => @org.thingpedia.builtin.test(id="org.thingpedia.builtin.test").get_data(count=1, size=1byte) => notify;';
    const response = await post(bob, '/apps/create', JSON.stringify({ code, locations: 'home', times: [1] }));
    expect(response.statusCode).toBe(200);
    expect(response.json().code).toBe(code);
  });
});

describe('POST /devices/create', () => {
  it('refuses a kind that is not a non-empty string and non-scalar fields, without coercing', async () => {
    for (const [payload, name] of [['{"kind": 5}', 'kind'], ['{"kind": ""}', 'kind'], ['["com.xkcd"]', 'kind'], ['{}', 'kind'], ['{"kind": "com.xkcd", "size": [1]}', 'size'], ['{"kind": "com.xkcd", "size": null}', 'size']] as const) {
      const response = await post(bob, '/devices/create', payload);
      expect(response.statusCode, payload).toBe(400);
      expect(response.json()).toEqual(invalid(name));
    }
  });
});

describe('GET /parse', () => {
  it('answers a repeated parameter as a missing query, after the scope check', async () => {
    const get = (token: string, query: string) => test.app.inject({ method: 'GET', url: `/me/api/parse?${query}`, headers: { authorization: `Bearer ${token}` } });
    for (const query of ['q=a&q=b', 'target_json=a&target_json=b']) {
      const response = await get(reader, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toEqual({ error: 'Missing query', code: 'EINVAL' });
    }
    const unscoped = await get(profileOnly, 'q=a&q=b');
    expect(unscoped.statusCode).toBe(403);
    expect(unscoped.json()).toEqual({ error: 'invalid scope' });
  });
});

describe('POST /converse (lenient)', () => {
  it('takes the seed’s `tt` spelling of a ThingTalk command and a conversationId of another type', async () => {
    const response = await post(bob, '/converse', JSON.stringify({ command: { type: 'tt', tt: 'now => @org.thingpedia.builtin.thingengine.builtin.get_time() => notify;' }, conversationId: 42 }));
    expect(response.statusCode).toBe(200);
    expect(response.json().conversationId).toMatch(/^stateless-/);
  });
});
