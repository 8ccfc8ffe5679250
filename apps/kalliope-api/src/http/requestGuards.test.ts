import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// Requests refused before they reach a route: a bad session key (400 JSON) and an oversized body (Flask's 413 page).
const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message: "Hello"
`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ brain });
});
afterAll(async () => t.close());

describe('X-Parley-Session validation', () => {
  it('refuses a 3,000-character session key with a Kalliope-style 400', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'say hello' }, { 'x-parley-session': 'a'.repeat(3000) });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { Error: "Wrong parameters, 'X-Parley-Session' must be 1 to 128 letters, digits or . _ : @ -" },
    });
  });

  it('refuses characters outside the safe set', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'say hello' }, { 'x-parley-session': 'a b/c' });
    expect(response.statusCode).toBe(400);
  });

  it('accepts a 128-character key of the safe set', async () => {
    const key = `user-1.kitchen:${'x'.repeat(113)}`;
    expect(key).toHaveLength(128);
    const response = await postJson(t.app, '/synapses/start/order', { order: 'say hello' }, { 'x-parley-session': key });
    expect(response.statusCode).toBe(201);
  });
});

describe('oversized bodies', () => {
  it('answers 413 with Flask’s Request Entity Too Large page', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/synapses/start/order',
      headers: { 'content-type': 'application/json' },
      payload: `{"order":"${'a'.repeat(2 * 1024 * 1024)}"}`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<title>413 Request Entity Too Large</title>');
    expect(response.body).toContain('The data value transmitted exceeds the capacity limit.');
  });
});

describe('NUL characters (U+0000), which storage cannot hold', () => {
  const refusal = (where: string) => ({ error: { Error: `Wrong parameters, ${where} contains a NUL character (U+0000)` } });

  it('refuses one in an order with a Kalliope-style 400, and answers the next order', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'say\u0000hello' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual(refusal('body.order'));
    const next = await postJson(t.app, '/synapses/start/order', { order: 'say hello' });
    expect(next.statusCode).toBe(201);
  });

  it('refuses one in start/id parameters, a key of the body, a path segment or the query', async () => {
    const parameters = await postJson(t.app, '/synapses/start/id/say-hello', { parameters: { name: 'a\u0000b' } });
    expect(parameters.statusCode).toBe(400);
    expect(parameters.json()).toEqual(refusal('body.parameters.name'));
    const key = await postJson(t.app, '/synapses/start/order', { ['order\u0000']: 'say hello' });
    expect(key.json()).toEqual(refusal('body key'));
    const path = await postJson(t.app, '/synapses/start/id/say%00hello', {});
    expect(path.statusCode).toBe(400);
    expect(path.json()).toEqual(refusal('path.name'));
    const query = await t.app.inject({ method: 'GET', url: '/synapses?x=%00' });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toEqual(refusal('query.x'));
  });
});
