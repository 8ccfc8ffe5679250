import type { Database } from '@parley/storage';
import { cachePath } from '@parley/speech';
import { connectAsync } from 'mqtt';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debianSpeechEngines } from '../runtime/speechService.js';
import type { KalliopeSchema } from '../db/schema.js';
import { ADMIN_HEADERS, createTestApp, openTestDatabase, postJson } from '../testing/kalliopeTestApp.js';
import { startTestBroker, type TestBroker } from '../testing/mqttBroker.js';
import type { Neuron } from './neuron.js';

type Run = { matched_synapses: { neuron_module_list: { neuron_name: string; generated_message: string | null }[] }[] };
const messages = async (response: Promise<{ json<T>(): T }>) =>
  (await response).json<Run>().matched_synapses.flatMap((synapse) => synapse.neuron_module_list);

let database: Database<KalliopeSchema>;
let drop: () => Promise<void>;
let server: Server;
let serverUrl = '';
let broker: TestBroker;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  broker = await startTestBroker();
  server = createServer((request, response) => {
    if (request.url === '/slow') return void setTimeout(() => response.end('late'), 3000);
    if (request.url?.includes('/redirect?')) {
      response.statusCode = 302;
      response.setHeader('location', new URL(request.url, 'http://x').searchParams.get('to') ?? '/');
      return void response.end();
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ method: request.method, authorization: request.headers.authorization ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await broker.stop();
  await database.close();
  await drop();
});

describe('core neurons', () => {
  it('systemdate, kalliope_version and sleep render their say_template', async () => {
    const t = await createTestApp({
      database,
      brain: `
- name: "time-now"
  signals: []
  neurons:
    - systemdate:
        say_template: "it is {{ hours }} {{ minutes }} on {{ day_month }}/{{ month }}/{{ year }}"
    - kalliope_version:
        say_template: "version {{ version }}"
    - sleep:
        seconds: 0.1
`,
      extra: { clock: () => new Date(2024, 2, 5, 9, 29) },
    });
    expect(await messages(t.app.inject({ method: 'POST', url: '/synapses/start/id/time-now' }))).toEqual([
      { neuron_name: 'Systemdate', generated_message: 'it is 09 29 on 05/03/2024' },
      { neuron_name: 'Kalliope_version', generated_message: 'version 0.5.0' },
      { neuron_name: 'Sleep', generated_message: null },
    ]);
    await t.close();
  });

  it('uri calls an HTTP service with basic auth and a timeout; a failing neuron is dropped', async () => {
    const t = await createTestApp({
      database,
      brain: `
- name: "call-service"
  signals: []
  neurons:
    - uri:
        url: "${serverUrl}/status"
        method: POST
        user: "admin"
        password: "secret"
        say_template: "{{ status_code }} {{ content.method }} {{ content.authorization }}"
    - uri:
        url: "${serverUrl}/slow"
        timeout: 0.2
        say_template: "never"
`,
      extra: { uriTargets: [serverUrl] },
    });
    expect(await messages(t.app.inject({ method: 'POST', url: '/synapses/start/id/call-service' }))).toEqual([
      { neuron_name: 'Uri', generated_message: `200 POST Basic ${Buffer.from('admin:secret').toString('base64')}` },
    ]);
    await t.close();
  });

  it('uri calls only the targets of KALLIOPE_URI_ALLOWED, redirects included (none by default)', async () => {
    const brain = (url: string) => `
- name: "call-it"
  signals: []
  neurons:
    - uri:
        url: "${url}"
        say_template: "{{ status_code }} {{ content.method }}"
`;
    const call = async (url: string, uriTargets?: string[]) => {
      const t = await createTestApp({ database, brain: brain(url), ...(uriTargets === undefined ? {} : { extra: { uriTargets } }) });
      const result = await messages(t.app.inject({ method: 'POST', url: '/synapses/start/id/call-it' }));
      await t.close();
      return result;
    };
    const called = [{ neuron_name: 'Uri', generated_message: '200 GET' }];
    expect(await call(`${serverUrl}/status`)).toEqual([]);
    expect(await call(`${serverUrl}/api/status`, [`${serverUrl}/api/`])).toEqual(called);
    expect(await call(`${serverUrl}/apiary`, [`${serverUrl}/api`])).toEqual([]);
    expect(await call(`${serverUrl}/status`, ['127.0.0.1'])).toEqual(called);
    expect(await call(`${serverUrl}/status`, ['localhost'])).toEqual([]);
    expect(await call(`${serverUrl}/status`, [`127.0.0.1:1`])).toEqual([]);
    expect(await call(`${serverUrl}/redirect?to=/status`, [serverUrl])).toEqual(called);
    expect(await call(`${serverUrl}/api/redirect?to=/private`, [`${serverUrl}/api/`])).toEqual([]);
    expect(await call(`${serverUrl}/redirect?to=http://169.254.169.254/latest`, [serverUrl])).toEqual([]);
  });

  it('a failed neuron without a template is dropped from the answer, as Kalliope drops a neuron that raises', async () => {
    const t = await createTestApp({
      database,
      brain: '- name: "call-plain"\n  signals: []\n  neurons:\n    - uri: {url: "http://127.0.0.1:1/refused"}\n    - say: {message: "called"}\n',
      extra: { uriTargets: ['127.0.0.1'] },
    });
    expect(await messages(t.app.inject({ method: 'POST', url: '/synapses/start/id/call-plain' }))).toEqual([
      { neuron_name: 'Say', generated_message: 'called' },
    ]);
    await t.close();
  });

  it('mqtt_publisher publishes to the broker', async () => {
    const subscriber = await connectAsync(`mqtt://${broker.host}:${broker.port}`);
    const topic = `parley/test/${process.pid}/${Date.now()}`;
    await subscriber.subscribeAsync(topic);
    const received = new Promise<string>((resolve) => subscriber.on('message', (_topic, payload) => resolve(payload.toString())));
    const t = await createTestApp({
      database,
      brain: `
- name: "turn-on-light"
  signals:
    - order: "turn on the {{ room }} light"
  neurons:
    - mqtt_publisher:
        broker_ip: "${broker.host}"
        port: ${broker.port}
        topic: "${topic}"
        payload: '{"room": "{{ room }}", "state": "on"}'
        is_json: True
        qos: 1
`,
    });
    await postJson(t.app, '/synapses/start/order', { order: 'turn on the kitchen light' });
    expect(JSON.parse(await received)).toEqual({ room: 'kitchen', state: 'on' });
    await subscriber.endAsync();
    await t.close();
  });

  it('settings switches mute; neurotimer runs a synapse later; debug logs', async () => {
    const t = await createTestApp({
      database,
      brain: `
- name: "mute-me"
  signals: []
  neurons:
    - settings:
        mute: True
- name: "unmute-me"
  signals: []
  neurons:
    - settings:
        mute: False
- name: "remind-me"
  signals: []
  neurons:
    - neurotimer:
        seconds: 0.2
        synapse: "reminder"
        forwarded_parameters:
          what: "the tea"
- name: "reminder"
  signals: []
  neurons:
    - say:
        message: "remember {{ what }}"
`,
    });
    await t.app.inject({ method: 'POST', url: '/synapses/start/id/mute-me' });
    expect((await t.app.inject('/settings/mute')).json()).toEqual({ mute: true });
    await t.app.inject({ method: 'POST', url: '/synapses/start/id/unmute-me' });
    expect((await t.app.inject('/settings/mute')).json()).toEqual({ mute: false });
    t.tts.spoken.length = 0;
    await t.app.inject({ method: 'POST', url: '/synapses/start/id/remind-me' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(t.tts.spoken).toEqual(['remember the tea']);
    await t.close();
  });

  it('kill_switch closes the server after answering', async () => {
    let killed = false;
    const t = await createTestApp({
      database,
      brain: '- name: "stop-kalliope"\n  signals:\n    - order: "close"\n  neurons:\n    - say: {message: "Good bye"}\n    - kill_switch\n',
      extra: { onKillSwitch: () => (killed = true) },
    });
    expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'close' }))).toEqual([
      { neuron_name: 'Say', generated_message: 'Good bye' },
      { neuron_name: 'Kill_switch', generated_message: null },
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(killed).toBe(true);
    await t.close();
  });

  it('POST /shutdown/ stops the server like the kill switch', async () => {
    let stopped = false;
    const t = await createTestApp({ database, brain: '- name: "idle-brain"\n  signals: []\n  neurons: []\n', extra: { onKillSwitch: () => (stopped = true) } });
    const response = await t.app.inject({ method: 'POST', url: '/shutdown/', headers: ADMIN_HEADERS });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('Shutting down...');
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(true);
    await t.close();
  });

  it('script and shell neurons exist only when the settings enable them, and refuse templates', async () => {
    const brain = `
- name: "run-shell"
  signals:
    - order: "run {{ command }}"
  neurons:
    - shell:
        cmd: "echo hi"
        say_template: "output {{ output }} code {{ returncode }}"
    - shell:
        cmd: "{{ command }}"
        say_template: "injected {{ output }}"
`;
    await expect(createTestApp({ database, brain })).rejects.toThrow('unknown neuron "shell"');
    const settings = 'parley:\n  script_neurons: True\n';
    await expect(createTestApp({ database, brain, settings })).rejects.toThrow(
      'synapse "run-shell": neuron "shell" may not use {{ templates }}',
    );
    const trusted = brain.slice(0, brain.indexOf('    - shell:\n        cmd: "{{ command }}"'));
    const t = await createTestApp({ database, brain: trusted, settings });
    expect(await messages(postJson(t.app, '/synapses/start/order', { order: 'run id' }))).toEqual([
      { neuron_name: 'Shell', generated_message: 'output hi\n code 0' },
    ]);
    await t.close();
  });

  it('accepts plugin neurons', async () => {
    const shout: Neuron = {
      name: 'shout',
      run: (parameters) => Promise.resolve({ loud: String(parameters['text']).toUpperCase() }),
    };
    const t = await createTestApp({
      database,
      brain: '- name: "shout-it"\n  signals: []\n  neurons:\n    - shout:\n        text: "{{ word }}"\n        say_template: "{{ loud }}!"\n',
      extra: { neurons: [shout] },
    });
    expect(await messages(postJson(t.app, '/synapses/start/id/shout-it', { parameters: { word: 'hey' } }))).toEqual([
      { neuron_name: 'Shout', generated_message: 'HEY!' },
    ]);
    await t.close();
  });
});

describe('say', () => {
  it('renders speech with espeak-ng into the cache and plays it through the configured player', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kalliope-say-'));
    const played = join(dir, 'played.wav');
    const t = await createTestApp({
      database,
      brain: '- name: "say-hello"\n  signals: []\n  neurons:\n    - say: {message: "hello there"}\n',
      settings: `parley:\n  player: [cp, "{file}", "${played}"]\n`,
      extra: { speech: debianSpeechEngines(join(dir, 'cache')) },
    });
    await t.app.inject({ method: 'POST', url: '/synapses/start/id/say-hello' });
    const cached = await readFile(cachePath(join(dir, 'cache'), 'hello there', { voice: 'en-us', speed: 160 }));
    expect(cached.toString('ascii', 0, 4)).toBe('RIFF');
    expect((await readFile(played)).equals(cached)).toBe(true);
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });
});
