import type { Database } from '@parley/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KalliopeSchema } from '../db/schema.js';
import { ADMIN_HEADERS, createTestApp, openTestDatabase, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

// The strict routes check their JSON body by its schema, without coercion; the answers stay Kalliope's.
// `start/id` stays lenient (docs/protocols/kalliope.md, "Request checks").
const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message: "hello"
- name: "call-someone"
  signals:
    - order: "call {{ whom }}"
  neurons:
    - say:
        message: "calling {{ whom }}"
`;

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
let t: TestApp;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  t = await createTestApp({ brain, database });
});
afterAll(async () => {
  await t.close();
  await database.close();
  await drop();
});

const notSet = (name: string) => ({ error: { Error: `Wrong parameters, '${name}' not set` } });

describe('strict JSON bodies', () => {
  it('refuses an order that is not a string or null, or a body that is not an object, without coercing it', async () => {
    for (const body of [{ order: 5 }, { order: ['say hello'] }, { order: true }, ['say hello'], 'say hello']) {
      const response = await postJson(t.app, '/synapses/start/order', body);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/json');
      expect(response.json()).toEqual(notSet('order'));
    }
  });

  it('takes a switch value of any JSON type, only its key is required', async () => {
    expect((await postJson(t.app, '/settings/mute', { mute: null })).json()).toEqual({ mute: false });
    expect((await postJson(t.app, '/settings/mute', { mute: 1 })).json()).toEqual({ mute: true });
    expect((await postJson(t.app, '/settings/mute', { mute: { on: true } })).json()).toEqual({ mute: false });
    const array = await postJson(t.app, '/settings/deaf', [{ deaf: true }]);
    expect(array.statusCode).toBe(400);
    expect(array.json()).toEqual(notSet('deaf'));
    const mute = await postJson(t.app, '/mute', 'True');
    expect(mute.statusCode).toBe(400);
    expect(mute.json()).toEqual(notSet('mute'));
  });

  it('refuses a synapse without a name; a name of the wrong type is a brain error', async () => {
    const array = await postJson(t.app, '/synapses', [{ name: 'in-an-array' }], ADMIN_HEADERS);
    expect(array.statusCode).toBe(400);
    expect(array.json()).toEqual(notSet('name'));
    const numeric = await postJson(t.app, '/synapses', { name: 1234, signals: [], neurons: [] }, ADMIN_HEADERS);
    expect(numeric.statusCode).toBe(400);
    expect(Object.keys(numeric.json<Record<string, unknown>>())).toEqual(['error']);
    expect(typeof numeric.json<{ error: unknown }>().error).toBe('string');
  });
});

describe('lenient start/id body', () => {
  it('runs the synapse whatever the optional body holds: broken JSON, a bare value, odd parameters or flags', async () => {
    const bodies = ['{"parameters": ', '"say hello"', JSON.stringify({ parameters: ['x'], mute: null }), JSON.stringify([1])];
    for (const payload of bodies) {
      const response = await t.app.inject({ method: 'POST', url: '/synapses/start/id/say-hello', payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(201);
      expect(response.json<{ matched_synapses: { synapse_name: string }[] }>().matched_synapses[0]?.synapse_name).toBe('say-hello');
    }
  });
});
