// Issue #22: an agent export in the style of api.ai console exports (written for these tests, src/testing/migrationAgent.ts)
// imports, answers, exports and imports again with the same answers; the export keeps agent.json, follow-up ids and
// every language's examples byte for byte.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClassifierTrainer, createAgentNlu } from '@parley/apiai-agent';
import { createWorkerTrainer } from '@parley/apiai-agent/node';
import { migrationAgentZip } from '../testing/migrationAgent.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

interface Result {
  action: string;
  parameters: Record<string, unknown>;
  metadata: { intentName?: string };
  fulfillment: { speech: string };
  score: number;
}

let t: TestApp;
let trainer: ClassifierTrainer;
let hook: Server;
let source: Uint8Array;
const hookHeaders: Record<string, unknown>[] = [];

beforeAll(async () => {
  hook = createServer((request, response) => {
    hookHeaders.push(request.headers);
    request.resume().on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ speech: 'Good to hear, from the webhook.' }));
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  source = migrationAgentZip(`http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`);
  trainer = createWorkerTrainer(() => undefined);
  t = await startTestApp({ nlu: createAgentNlu({ classifiers: trainer }) });
}, 60_000);
afterAll(async () => {
  await t.close();
  await trainer.close();
  await new Promise((resolve) => hook.close(resolve));
});

async function newAgent(): Promise<{ developer: Record<string, string>; client: Record<string, string> }> {
  const suffix = randomUUID();
  await t.services.agents.create({ id: randomUUID(), name: 'migrated', developerToken: `dev-${suffix}`, clientToken: `cli-${suffix}` });
  return { developer: { authorization: `Bearer dev-${suffix}` }, client: { authorization: `Bearer cli-${suffix}` } };
}

async function importZip(zip: Uint8Array, headers: Record<string, string>) {
  const response = await t.app.inject({ method: 'POST', url: '/v1/agent/import', headers: { ...headers, 'content-type': 'application/zip' }, payload: Buffer.from(zip) });
  expect(response.statusCode).toBe(200);
  await trainer.idle();
  return response.json<{ intents: number; entities: number }>();
}

async function exportZip(headers: Record<string, string>): Promise<Record<string, Uint8Array>> {
  const response = await t.app.inject({ method: 'GET', url: '/v1/agent/export', headers });
  expect(response.statusCode).toBe(200);
  return unzipSync(new Uint8Array(response.rawPayload));
}

async function ask(client: Record<string, string>, query: string, sessionId: string): Promise<Result> {
  const response = await t.app.inject({ method: 'POST', url: '/v1/query?v=20150910', headers: client, payload: { query, sessionId, lang: 'en' } });
  return response.json<{ result: Result }>().result;
}

/** A conversation covering every feature of the test agent; one session per line, turns in order. */
const conversations: string[][] = [
  ['I want 2 biryani and 3 naans'],
  ['so I want 2 biryani and also 3 naans today'],
  ['hey, one chicken wrap please'],
  ['an chicken wrap please'],
  ['please what is La La Land about'],
  ['tell me about the movie La La Land?'],
  ['tell me about the movie Inception'],
  ["I'm good"],
  ['book a table', 'yes, book that table for us'],
  ['tip 40 percent'],
  ['remind me tomorrow at 9 am'],
];

async function answers(client: Record<string, string>): Promise<Result[][]> {
  const all: Result[][] = [];
  for (const [index, turns] of conversations.entries()) {
    const session = `m${index}-${randomUUID().slice(0, 30)}`;
    const results: Result[] = [];
    for (const query of turns) results.push(await ask(client, query, session));
    all.push(results);
  }
  return all;
}

const json = (bytes: Uint8Array | undefined): unknown => JSON.parse(strFromU8(bytes ?? new Uint8Array()));

describe('a migrated api.ai agent', { timeout: 240_000 }, () => {
  let first: Awaited<ReturnType<typeof newAgent>>;
  let firstAnswers: Result[][];

  it('imports and answers as api.ai did', async () => {
    first = await newAgent();
    expect(await importZip(source, first.developer)).toMatchObject({ intents: 8, entities: 1 });
    firstAnswers = await answers(first.client);
    const [exact, classified, wrap, article, movie, punctuated, plain, feeling, booking, tip, reminder] = firstAnswers.map((turns) => turns.at(-1));
    const food = { quantity1: 2, food1: 'biryani', quantity2: 3, food2: 'naan' };
    expect(exact).toMatchObject({ action: 'order.food', parameters: food });
    // The classifier path: each mention fills one slot, in the order the examples annotate them.
    expect(classified).toMatchObject({ action: 'order.food', parameters: food });
    expect(classified?.score).toBeLessThan(1);
    expect(wrap).toMatchObject({ action: 'order.food', parameters: { quantity1: 1, food1: 'chicken wrap', quantity2: '', food2: '' } });
    expect(article).toMatchObject({ action: 'order.food', parameters: { quantity1: 1, food1: 'chicken wrap' } });
    expect(movie).toMatchObject({ action: 'movie.info', parameters: { movieName: 'La La Land' } });
    expect(punctuated).toMatchObject({ action: 'movie.info', parameters: { movieName: 'La La Land?' } });
    expect(plain).toMatchObject({ action: 'movie.info', parameters: { movieName: 'Inception' } });
    expect(feeling).toMatchObject({ action: 'smalltalk.feeling', fulfillment: { speech: 'Good to hear, from the webhook.' } });
    expect(hookHeaders.at(-1)?.['x-test-key']).toBe('k1');
    expect(firstAnswers[8]?.[0]?.action).toBe('book.table');
    expect(booking).toMatchObject({ action: 'book.table.yes', metadata: { intentName: 'book table - yes' } });
    expect(tip).toMatchObject({ action: 'tip.leave', parameters: { share: '40%' } });
    // agent.json's defaultTimezone (Europe/Madrid) when the query gives none.
    expect(String(reminder?.parameters.when)).toMatch(/T09:00:00\+0[12]:00$/);
  });

  it('exports what it imported: agent.json as it came, follow-up ids, both languages', async () => {
    const exported = await exportZip(first.developer);
    const original = unzipSync(source);
    expect(json(exported['agent.json'])).toEqual(json(original['agent.json']));
    expect(json(exported['intents/book table - yes.json'])).toMatchObject({
      parentId: '0b3c1f4e-1d2a-4c11-9a0e-000000000004', rootParentId: '0b3c1f4e-1d2a-4c11-9a0e-000000000004', contexts: ['booking-followup'],
    });
    for (const file of ['intents/order food_usersays_es.json', 'intents/movie info_usersays_es.json', 'intents/feeling good_usersays_en.json']) {
      expect(json(exported[file])).toEqual(json(original[file]));
    }
    expect(json(exported['entities/food_entries_es.json'])).toEqual(json(original['entities/food_entries_es.json']));
  });

  it('imports its own export again with the same answers and the same export, byte for byte', async () => {
    const exported = await exportZip(first.developer);
    const second = await newAgent();
    await importZip(zipSync(exported), second.developer);
    const again = await exportZip(second.developer);
    expect(Object.keys(again).sort()).toEqual(Object.keys(exported).sort());
    for (const [file, bytes] of Object.entries(exported)) expect(strFromU8(again[file] ?? new Uint8Array()), file).toBe(strFromU8(bytes));
    const secondAnswers = await answers(second.client);
    const comparable = (all: Result[][]) =>
      all.map((turns) => turns.map(({ action, parameters, metadata, fulfillment }) => ({ action, parameters, intentName: metadata.intentName, speech: fulfillment.speech })));
    expect(comparable(secondAnswers)).toEqual(comparable(firstAnswers));
  });

  it("takes the classifier threshold from agent.json's mlMinConfidence", async () => {
    const strict = await newAgent();
    const files = unzipSync(source);
    const agentJson = json(files['agent.json']) as Record<string, unknown>;
    files['agent.json'] = strToU8(JSON.stringify({ ...agentJson, mlMinConfidence: 0.999 }));
    await importZip(zipSync(files), strict.developer);
    expect((await ask(strict.client, 'so I want 2 biryani and also 3 naans today', 'strict')).action).toBe('input.unknown');
    expect((await ask(strict.client, 'I want 2 biryani and 3 naans', 'strict')).action).toBe('order.food');
  });
});
