import { schemas, type SchemaName } from '@parley/protocol-types';
import { EngineMissingError } from '@parley/speech';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

const brain = `
- name: "stop-kalliope"
  signals:
    - order: "close"
  neurons:
    - say:
        message: "Good bye"
    - debug:
        message: "closing"
- name: "say-hello-fr"
  signals:
    - order: "Bonjour"
  neurons:
    - say:
        message:
          - "Bonjour monsieur"
- name: "call-someone"
  signals:
    - order: "call {{ whom }}"
  neurons:
    - say:
        message: "calling {{ whom }}"
- name: "call-mom"
  signals:
    - order: "call mom now"
  neurons:
    - say:
        message: "calling {{ whom }}"
    - say:
        message: "done"
- name: "élan-vital"
  signals: []
  neurons:
    - say:
        message: "ça marche"
`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    brain,
    recognizer: () => Promise.reject(new EngineMissingError('pocketsphinx_continuous', 'pocketsphinx')),
  });
});
afterAll(async () => t.close());

describe('GET / and GET /synapses', () => {
  it('reports the Kalliope version', async () => {
    const response = await t.app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ 'Kalliope version': '0.5.0' });
  });

  it('lists the synapses in brain order as {name, signals, neurons, enabled}', async () => {
    const response = await t.app.inject('/synapses');
    expect(response.statusCode).toBe(200);
    const synapses = response.json<{ synapses: { name: string }[] }>().synapses;
    expect(synapses.map((synapse) => synapse.name)).toEqual([
      'stop-kalliope',
      'say-hello-fr',
      'call-someone',
      'call-mom',
      'élan-vital',
    ]);
    expect(synapses[1]).toEqual({
      name: 'say-hello-fr',
      signals: [{ name: 'order', parameters: 'Bonjour' }],
      neurons: [{ name: 'say', parameters: { message: ['Bonjour monsieur'] } }],
      enabled: true,
    });
  });

  it('shows one synapse, ignoring a trailing slash', async () => {
    const response = await t.app.inject('/synapses/say-hello-fr/');
    expect(response.statusCode).toBe(200);
    expect(response.json<{ synapses: { name: string } }>().synapses.name).toBe('say-hello-fr');
  });

  it('answers 404 with Kalliope’s body for an unknown synapse', async () => {
    const response = await t.app.inject('/synapses/nope-nope');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { 'synapse name not found': 'nope-nope' } });
  });

  it('keeps non-ASCII characters in JSON', async () => {
    const response = await t.app.inject('/synapses/%C3%A9lan-vital');
    expect(response.body).toContain('"ça marche"');
  });

  it('answers an unknown URL with Flask’s HTML 404', async () => {
    const response = await t.app.inject('/nothing/here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<title>404 Not Found</title>');
  });

  it('answers Flask’s HTML 405 for a known URL with another method', async () => {
    const wrong = await t.app.inject({ method: 'GET', url: '/synapses/start/order' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers['allow']).toBe('OPTIONS, POST');
    expect(wrong.body).toContain('<title>405 Method Not Allowed</title>');
    const post = await t.app.inject({ method: 'POST', url: '/synapses/say-hello-fr' });
    expect(post.statusCode).toBe(405);
    expect((await t.app.inject({ method: 'DELETE', url: '/mute' })).statusCode).toBe(405);
  });

  it('serves /healthz and /openapi.json', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const document = (await t.app.inject('/openapi.json')).json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    expect(Object.keys(document.paths)).toContain('/synapses/start/audio');
    expect(Object.keys(document.components.schemas)).toContain('kalliope.RunResponse');
  });
});

describe('POST /synapses/start/id/<name>', () => {
  it('runs a synapse by name: 201, matched_order and user_order null', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/synapses/start/id/say-hello-fr' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      matched_synapses: [
        {
          matched_order: null,
          neuron_module_list: [{ generated_message: 'Bonjour monsieur', neuron_name: 'Say' }],
          synapse_name: 'say-hello-fr',
        },
      ],
      status: 'complete',
      user_order: null,
    });
  });

  it('takes parameters for the neurons in a JSON body; a body of a type an HTML form can send is refused', async () => {
    const plain = await t.app.inject({
      method: 'POST',
      url: '/synapses/start/id/call-someone',
      payload: JSON.stringify({ parameters: { whom: 'the doctor' } }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.statusCode).toBe(400);
    expect(plain.headers['content-type']).toContain('text/html');
    const response = await postJson(t.app, '/synapses/start/id/call-someone', { parameters: { whom: 'the doctor' } });
    expect(response.statusCode).toBe(201);
    expect(response.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      { neuron_name: 'Say', generated_message: 'calling the doctor' },
    ]);
  });

  it('reads its optional body leniently: broken JSON, a bare value, odd parameters or flags mean no options', async () => {
    const bodies = ['{"parameters": ', '"Bonjour"', JSON.stringify({ parameters: ['x'], mute: null }), JSON.stringify([1])];
    for (const payload of bodies) {
      const response = await t.app.inject({ method: 'POST', url: '/synapses/start/id/say-hello-fr', payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode, payload).toBe(201);
      expect(response.json<{ matched_synapses: { synapse_name: string }[] }>().matched_synapses[0]?.synapse_name).toBe('say-hello-fr');
    }
  });

  it('answers 404 for an unknown synapse', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/synapses/start/id/unknown-synapse' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { 'synapse name not found': 'unknown-synapse' } });
  });

  it('speaks unless no_voice or mute is set, for that call only', async () => {
    t.tts.spoken.length = 0;
    await postJson(t.app, '/synapses/start/id/say-hello-fr', { no_voice: 'true' });
    await postJson(t.app, '/synapses/start/id/say-hello-fr', { mute: 'True' });
    expect(t.tts.spoken).toEqual([]);
    await postJson(t.app, '/synapses/start/id/say-hello-fr', { no_voice: 'yes' });
    expect(t.tts.spoken).toEqual(['Bonjour monsieur']);
  });
});

describe('POST /synapses/start/order', () => {
  it('runs the matching synapse: matched_order as written, user_order as sent', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'bonjour' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      matched_synapses: [
        {
          matched_order: 'Bonjour',
          neuron_module_list: [{ generated_message: 'Bonjour monsieur', neuron_name: 'Say' }],
          synapse_name: 'say-hello-fr',
        },
      ],
      status: 'complete',
      user_order: 'bonjour',
    });
  });

  it('lists neurons without a generated message as null', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'close' });
    expect(response.json<{ matched_synapses: { neuron_module_list: unknown[] }[] }>().matched_synapses[0]?.neuron_module_list).toEqual([
      { neuron_name: 'Say', generated_message: 'Good bye' },
      { neuron_name: 'Debug', generated_message: null },
    ]);
  });

  it('runs every matching synapse and extracts parameters', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { order: 'call mom now' });
    const body = response.json<{ matched_synapses: { synapse_name: string; neuron_module_list: unknown[] }[] }>();
    expect(body.matched_synapses.map((synapse) => synapse.synapse_name)).toEqual(['call-someone', 'call-mom']);
    expect(body.matched_synapses[0]?.neuron_module_list).toEqual([{ neuron_name: 'Say', generated_message: 'calling mom now' }]);
    // "call mom" has no {{ whom }}: Kalliope skips that neuron silently.
    expect(body.matched_synapses[1]?.neuron_module_list).toEqual([{ neuron_name: 'Say', generated_message: 'done' }]);
  });

  it('answers the seed’s empty result when nothing matches and there is no default synapse', async () => {
    for (const order of ['not existing order', null]) {
      const response = await postJson(t.app, '/synapses/start/order', { order });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ matched_synapses: [], status: null, user_order: order });
    }
  });

  it('answers 400 without an order', async () => {
    const response = await postJson(t.app, '/synapses/start/order', { no_voice: 'true' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { Error: "Wrong parameters, 'order' not set" } });
  });

  it('answers the same 400 for an order that is not a string or null, or a body that is not an object, without coercing', async () => {
    for (const body of [{ order: 5 }, { order: ['Bonjour'] }, { order: true }, ['Bonjour'], 'Bonjour']) {
      const response = await postJson(t.app, '/synapses/start/order', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toEqual({ error: { Error: "Wrong parameters, 'order' not set" } });
    }
  });

  it('answers Flask’s HTML 400 without a JSON content type or with broken JSON', async () => {
    const plain = await t.app.inject({ method: 'POST', url: '/synapses/start/order', payload: '{"order":"close"}' });
    expect(plain.statusCode).toBe(400);
    expect(plain.headers['content-type']).toContain('text/html');
    expect(plain.body).toContain('Content-Type was not &#39;application/json&#39;');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/synapses/start/order',
      payload: '{"order":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('<title>400 Bad Request</title>');
  });
});

describe('POST /synapses/start/audio without the speech engines', () => {
  it('answers 503 naming the Debian package to install', async () => {
    const boundary = 'parley';
    const response = await t.app.inject({
      method: 'POST',
      url: '/synapses/start/audio',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="order.wav"\r\nContent-Type: audio/wav\r\n\r\nRIFF\r\n--${boundary}--\r\n`,
    });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      error: { error: 'The speech engine "pocketsphinx_continuous" is not installed: run `apt-get install pocketsphinx`' },
    });
  });
});

describe('wire formats', () => {
  it('match the @parley/protocol-types schemas', async () => {
    const checks: [SchemaName, unknown][] = [
      ['kalliope.Version', (await t.app.inject('/')).json()],
      ['kalliope.SynapseList', (await t.app.inject('/synapses')).json()],
      ['kalliope.SynapseDetail', (await t.app.inject('/synapses/stop-kalliope')).json()],
      ['kalliope.Error', (await t.app.inject('/synapses/unknown-one')).json()],
      ['kalliope.RunResponse', (await postJson(t.app, '/synapses/start/order', { order: 'close' })).json()],
      ['kalliope.RunResponse', (await postJson(t.app, '/synapses/start/order', { order: 'nothing at all' })).json()],
      ['kalliope.RunResponse', (await postJson(t.app, '/synapses/start/id/call-someone', {})).json()],
      ['kalliope.Error', (await postJson(t.app, '/synapses/start/order', {})).json()],
      ['kalliope.MuteStatus', (await t.app.inject('/mute')).json()],
      ['kalliope.MuteStatus', (await t.app.inject('/settings/mute')).json()],
      ['kalliope.DeafStatus', (await t.app.inject('/settings/deaf')).json()],
    ];
    for (const [name, body] of checks) {
      expect([name, [...Value.Errors(schemas[name], body)].map((error) => error.message)]).toEqual([name, []]);
    }
  });
});

describe('Kalliope 0.7 brain editing', () => {
  it('adds a synapse in memory with POST /synapses and runs it', async () => {
    const synapse = { name: 'added-later', signals: [{ order: 'added order' }], neurons: [{ say: { message: 'added' } }] };
    const created = await postJson(t.app, '/synapses', synapse, ADMIN_HEADERS);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      name: 'added-later',
      signals: [{ name: 'order', parameters: 'added order' }],
      neurons: [{ name: 'say', parameters: { message: 'added' } }],
      enabled: true,
    });
    const run = await postJson(t.app, '/synapses/start/order', { order: 'added order' });
    expect(run.json<{ matched_synapses: { synapse_name: string }[] }>().matched_synapses[0]?.synapse_name).toBe('added-later');
  });

  it('answers 400 for a missing name, an invalid synapse, an unknown neuron or a taken name', async () => {
    const noName = await postJson(t.app, '/synapses', { signals: [], neurons: [] }, ADMIN_HEADERS);
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toEqual({ error: { Error: "Wrong parameters, 'name' not set" } });
    const invalid = await postJson(t.app, '/synapses', { name: 'no-neurons-here', signals: [] }, ADMIN_HEADERS);
    expect(invalid.json()).toEqual({ error: '"neurons" is required and must be a list' });
    const unknown = await postJson(t.app, '/synapses', { name: 'odd-neuron', signals: [], neurons: ['teleport'] }, ADMIN_HEADERS);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({ error: 'unknown neuron "teleport"' });
    const taken = await postJson(t.app, '/synapses', { name: 'say-hello-fr', signals: [], neurons: [] }, ADMIN_HEADERS);
    expect(taken.json()).toEqual({ error: 'the synapse name is used more than once' });
  });

  it('answers a body that is not an object as a missing name; a name of the wrong type is an invalid synapse', async () => {
    const array = await postJson(t.app, '/synapses', [{ name: 'in-an-array' }], ADMIN_HEADERS);
    expect(array.statusCode).toBe(400);
    expect(array.json()).toEqual({ error: { Error: "Wrong parameters, 'name' not set" } });
    const numeric = await postJson(t.app, '/synapses', { name: 1234, signals: [], neurons: [] }, ADMIN_HEADERS);
    expect(numeric.statusCode).toBe(400);
    expect(typeof numeric.json<{ error: unknown }>().error).toBe('string');
  });

  it('deletes a synapse: 204, then 404', async () => {
    const deleted = await t.app.inject({ method: 'DELETE', url: '/synapses/added-later', headers: ADMIN_HEADERS });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    const again = await t.app.inject({ method: 'DELETE', url: '/synapses/added-later', headers: ADMIN_HEADERS });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual({ error: { 'synapse name not found': 'added-later' } });
  });

  it('lists the neuron modules', async () => {
    const response = await t.app.inject('/neurons');
    const body = response.json<{ community: string[]; core: string[] }>();
    expect(body.community).toEqual([]);
    expect(body.core).toEqual(expect.arrayContaining(['say', 'neurotransmitter', 'systemdate', 'mqtt_publisher', 'kill_switch']));
    expect(body.core).not.toContain('shell');
  });
});
