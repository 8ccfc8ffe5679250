// GET /metrics of each built app, scraped as Prometheus would: the page parses as the text exposition format, the
// request histograms move by route pattern (never a raw path, id or token in a label), and each app's own gauges
// and histograms follow what happens: almond's open conversations and scheduled programs, apiai's classifier
// training, Kalliope's sessions waiting for an answer. METRICS_TOKEN, when set, guards the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almondDeployment, createClient, createUser, grantTokens, spawnAlmond } from '../harness/almondAccounts.js';
import { client, developer, developerToken, clientToken, spawnApiai } from '../harness/apiaiAgent.js';
import { openConversation } from '../harness/conversationSocket.js';
import { http } from '../harness/http.js';
import { spawnKalliope } from '../harness/kalliopeBrain.js';
import type { SpawnedApp } from '../harness/spawnApp.js';
import { sleep } from '../harness/writeLoad.js';
import { parsePrometheusText, sampleValue, type Exposition } from './prometheusText.js';

const metricsToken = 'e2e-metrics-token-0123456789';
const scrapeHeaders = { authorization: `Bearer ${metricsToken}` };

interface Scrape {
  text: string;
  exposition: Exposition;
}

async function scrape(base: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const answer = await http(`${base}/metrics`, { headers });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return { text: answer.text, exposition: parsePrometheusText(answer.text) };
}

/** Scrapes until `ready` holds (background work: training, a socket closing), at most `withinMs`. */
async function scrapeUntil(base: string, headers: Record<string, string>, ready: (page: Scrape) => boolean, withinMs = 30_000): Promise<Scrape> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const page = await scrape(base, headers);
    if (ready(page) || Date.now() > deadline) return page;
    await sleep(250);
  }
}

const requests = (page: Scrape, route: string, method: string, status: string) =>
  sampleValue(page.exposition, 'http_request_duration_seconds_count', { route, method, status_code: status }) ?? 0;

/** The process metrics every app shares, and the request histogram's type. */
function expectCommonFamilies(page: Scrape): void {
  expect(page.exposition.types.get('http_request_duration_seconds')).toBe('histogram');
  expect(page.exposition.types.get('process_cpu_user_seconds_total')).toBe('counter');
  expect(page.exposition.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
}

describe('apiai-api: /metrics', () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    app = await spawnApiai(undefined, { METRICS_TOKEN: metricsToken });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a scrape without the METRICS_TOKEN bearer', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${clientToken}` }]) {
      const refused = await http(`${app.url}/metrics`, { headers });
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain('http_request');
    }
  });

  it('counts queries and intent reads by route pattern, and times the classifier training', async () => {
    const before = await scrape(app.url, scrapeHeaders);
    expectCommonFamilies(before);
    for (const name of ['order pizza', 'cancel order']) {
      const created = await developer(app.url, '/v1/intents', {
        body: { name, userSays: [{ data: [{ text: `please ${name}` }] }, { data: [{ text: `I want to ${name}` }] }], responses: [{ action: name }] },
      });
      expect(created.status).toBe(200);
    }
    for (let index = 0; index < 3; index += 1) {
      const answered = await client(app.url, '/v1/query', { body: { query: 'please order pizza', sessionId: `metrics-${index}`, lang: 'en' } });
      expect(answered.status).toBe(200);
    }
    const missing = await developer(app.url, '/v1/intents/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9');
    expect(missing.status).toBe(404);

    const after = await scrapeUntil(app.url, scrapeHeaders, (page) =>
      (sampleValue(page.exposition, 'apiai_classifier_training_seconds_count', { stage: 'trained' }) ?? 0) >= 1,
    );
    expect(requests(after, '/v1/query', 'POST', '200') - requests(before, '/v1/query', 'POST', '200')).toBe(3);
    expect(requests(after, '/v1/intents', 'POST', '200') - requests(before, '/v1/intents', 'POST', '200')).toBe(2);
    expect(requests(after, '/v1/intents/:iid', 'GET', '404')).toBe(1);
    expect(sampleValue(after.exposition, 'http_request_duration_seconds_sum', { route: '/v1/query', method: 'POST', status_code: '200' })).toBeGreaterThan(0);
    expect(after.exposition.types.get('apiai_classifier_training_seconds')).toBe('histogram');
    expect(sampleValue(after.exposition, 'apiai_classifier_training_seconds_sum', { stage: 'trained' })).toBeGreaterThan(0);
    for (const secret of ['0f1e2d3c', 'metrics-0', 'order pizza', developerToken, clientToken, metricsToken]) expect(after.text).not.toContain(secret);
  });
});

describe('kalliope-api: /metrics', () => {
  let app: SpawnedApp;
  beforeAll(async () => {
    app = await spawnKalliope();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const order = (text: string, session: string) =>
    http(`${app.url}/synapses/start/order`, { body: { order: text }, headers: { 'x-parley-session': session } });

  it('counts orders by route and follows the sessions waiting for an answer', async () => {
    const before = await scrape(app.url);
    expectCommonFamilies(before);
    expect(sampleValue(before.exposition, 'kalliope_sessions_waiting')).toBe(0);
    expect((await order('ask me a question', 'metrics-a')).status).toBe(201);
    expect((await order('ask me a question', 'metrics-b')).status).toBe(201);
    const asked = await scrape(app.url);
    expect(sampleValue(asked.exposition, 'kalliope_sessions_waiting')).toBe(2);
    expect((await order('absolutely', 'metrics-a')).status).toBe(201);
    expect((await http(`${app.url}/synapses/ask-question`)).status).toBe(200);
    const answered = await scrape(app.url);
    expect(sampleValue(answered.exposition, 'kalliope_sessions_waiting')).toBe(1);
    expect(requests(answered, '/synapses/start/order', 'POST', '201') - requests(before, '/synapses/start/order', 'POST', '201')).toBe(3);
    expect(requests(answered, '/synapses/:name', 'GET', '200')).toBe(1);
    expect(answered.text).not.toContain('ask-question');
    expect(answered.text).not.toContain('metrics-a');
  });
});

describe('almond-api: /metrics', () => {
  let app: SpawnedApp;
  let accessToken: string;
  beforeAll(async () => {
    const deployment = almondDeployment(undefined);
    const user = await createUser(deployment, 'metrics-user');
    const oauthClient = await createClient(deployment);
    app = await spawnAlmond({ env: { ...deployment.env, METRICS_TOKEN: metricsToken } });
    ({ accessToken } = await grantTokens(app.url, user, oauthClient));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const api = (path: string, body?: unknown) =>
    http(`${app.url}/me/api${path}`, { headers: { authorization: `Bearer ${accessToken}` }, ...(body === undefined ? {} : { body }) });

  it('follows open conversations and scheduled programs, and labels requests by route pattern', async () => {
    expect((await http(`${app.url}/metrics`)).status).toBe(401);
    const before = await scrape(app.url, scrapeHeaders);
    expectCommonFamilies(before);
    expect(sampleValue(before.exposition, 'almond_conversations_open')).toBe(0);
    expect(sampleValue(before.exposition, 'almond_programs_scheduled')).toBe(0);

    const socket = await openConversation(app.url, accessToken);
    const created = await api('/apps/create', { code: 'timer(base=new Date(), interval=1h) => notify;' });
    expect(created.status).toBe(200);
    const { uniqueId } = created.json as { uniqueId: string };
    const busy = await scrapeUntil(app.url, scrapeHeaders, (page) => sampleValue(page.exposition, 'almond_programs_running') === 1);
    expect(sampleValue(busy.exposition, 'almond_conversations_open')).toBe(1);
    expect(sampleValue(busy.exposition, 'almond_programs_scheduled')).toBe(1);
    expect(sampleValue(busy.exposition, 'almond_programs_running')).toBe(1);

    socket.close();
    expect((await api(`/apps/delete/${uniqueId}`, {})).status).toBe(200);
    const idle = await scrapeUntil(app.url, scrapeHeaders, (page) => sampleValue(page.exposition, 'almond_conversations_open') === 0);
    expect(sampleValue(idle.exposition, 'almond_conversations_open')).toBe(0);
    expect(sampleValue(idle.exposition, 'almond_programs_scheduled')).toBe(0);
    expect(sampleValue(idle.exposition, 'almond_programs_running')).toBe(0);
    expect(requests(idle, '/me/api/apps/create', 'POST', '200')).toBe(1);
    expect(requests(idle, '/me/api/apps/delete/:id', 'POST', '200')).toBe(1);
    for (const secret of [uniqueId, accessToken, 'metrics-user', metricsToken]) expect(idle.text).not.toContain(secret);
  });
});
