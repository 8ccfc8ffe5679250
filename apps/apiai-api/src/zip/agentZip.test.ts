import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Intent } from '@parley/apiai-agent/model';
import { exampleSentences } from '../testing/exampleSentences.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';

const samples = new URL('../../../../../shared/data/apiai-sample-agents/', import.meta.url);
const sample = (name: string): Buffer => readFileSync(new URL(name, samples));

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t.close());

async function importZip(zip: Buffer | Uint8Array, headers = t.developerHeaders) {
  return t.app.inject({
    method: 'POST',
    url: '/v1/agent/import',
    headers: { ...headers, 'content-type': 'application/zip' },
    payload: Buffer.from(zip),
  });
}

/** Asks the agent every example sentence of every intent (with the intent's input contexts) and lists the misses. */
async function missedExamples(clientToken: string): Promise<string[]> {
  const intents = await t.services.intents.list(await agentIdOf(clientToken));
  const entities: Entity[] = await t.services.entities.list(await agentIdOf(clientToken));
  const misses: string[] = [];
  for (const intent of intents as Intent[]) {
    for (const sentence of exampleSentences(intent, entities)) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/query?v=20150910',
        headers: { authorization: `Bearer ${clientToken}` },
        payload: { query: sentence, sessionId: intent.id, resetContexts: true, contexts: intent.contexts },
      });
      const name = response.json<{ result: { metadata: { intentName?: string } } }>().result.metadata.intentName;
      if (name !== intent.name) misses.push(`${intent.name}: "${sentence}" → ${name ?? 'nothing'}`);
    }
  }
  return misses;
}

async function agentIdOf(clientToken: string): Promise<string> {
  const found = await t.services.agents.findByToken(clientToken);
  if (found === undefined) throw new Error('unknown token');
  return found.agent.id;
}

describe('agent zips', () => {
  it('imports the 2015 templates generation (lego agent) and answers its own examples', async () => {
    const response = await importZip(sample('lego_agent_2015_templates.zip'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ intents: 22, entities: 4, status: { code: 200, errorType: 'success' } });
    expect(await missedExamples(t.clientToken)).toEqual([]);
  });

  it('exports the current generation and imports it again into another agent', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/v1/agent/export', headers: t.developerHeaders });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    const files = Object.keys(unzipSync(exported.rawPayload));
    expect(files).toEqual(expect.arrayContaining(['agent.json', 'package.json', 'intents/Go forward.json', 'intents/Go forward_usersays_en.json', 'entities/Linear_Measures.json', 'entities/Linear_Measures_entries_en.json']));

    await t.services.agents.create({ id: randomUUID(), name: 'copy', developerToken: 'copy-dev', clientToken: 'copy-client' });
    const response = await importZip(exported.rawPayload, { authorization: 'Bearer copy-dev' });
    expect(response.json()).toMatchObject({ intents: 22, entities: 4 });
    expect(await missedExamples('copy-client')).toEqual([]);
  });

  it('imports the 2016 userSays generation (slot-filling demo) and prompts for missing parameters', async () => {
    await t.services.agents.create({ id: randomUUID(), name: 'slots', developerToken: 'slots-dev', clientToken: 'slots-client' });
    const response = await importZip(sample('slotfilling_demo_agent.zip'), { authorization: 'Bearer slots-dev' });
    expect(response.json()).toMatchObject({ intents: 1, entities: 2 });
    expect(await missedExamples('slots-client')).toEqual([]);
    const ask = async (query: string) =>
      (
        await t.app.inject({ method: 'POST', url: '/v1/query', headers: { authorization: 'Bearer slots-client' }, payload: { query, sessionId: 'slots' } })
      ).json<{ result: { actionIncomplete: boolean; parameters: Record<string, unknown>; fulfillment: { speech: string } } }>().result;
    const first = await ask('send SMS to my Mom');
    expect(first.actionIncomplete).toBe(true);
    expect(first.parameters).toMatchObject({ message_type: 'SMS', parent: 'Mother', text: '' });
    const answered = await ask('see you at dinner');
    expect(answered.actionIncomplete).toBe(false);
    expect(answered.parameters).toMatchObject({ message_type: 'SMS', parent: 'Mother', text: 'see you at dinner' });
    expect(answered.fulfillment.speech).toBe('I\'ll send message with text "see you at dinner" to "Mother" via "SMS"');
  });

  it('rejects a body that is not a zip with 400', async () => {
    const response = await importZip(Buffer.from('not a zip'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request' } });
  });

  it('refuses a zip whose JSON holds a NUL character with 400 and keeps the agent', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/v1/intents', headers: t.developerHeaders });
    const zip = zipSync({ 'intents/greet.json': strToU8(JSON.stringify({ name: 'gr\u0000eet', templates: ['hello'] })) });
    const answer = await importZip(zip);
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ status: { code: 400, errorType: 'bad_request', errorDetails: 'Invalid agent zip: intents/greet.json.name contains a NUL character (U+0000)' } });
    expect((await t.app.inject({ method: 'GET', url: '/v1/intents', headers: t.developerHeaders })).json()).toEqual(before.json());
  });
});
