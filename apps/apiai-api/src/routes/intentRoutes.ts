// /v1/intents (seed 003 "intents"; reference/apiai.md §2, §7): list summaries, get, create, update, delete.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { intentJson, intentSummaryJson } from '../agent/formatAgentJson.js';
import type { Intent } from '../agent/model.js';
import { parseIntent } from '../agent/parseIntent.js';
import { agentOf } from '../auth/requireToken.js';
import { conflict, notFound } from '../http/ApiAiError.js';
import { readRecord } from '../protocol/lenient.js';
import { writeResult } from '../protocol/status.js';
import type { AppServices } from '../services.js';

interface IntentParams {
  iid: string;
}

export async function intentRoutes(app: FastifyInstance, { services }: { services: AppServices }): Promise<void> {
  const { intents } = services;

  async function existing(agentId: string, iid: string): Promise<Intent> {
    const intent = await intents.get(agentId, iid);
    if (intent === undefined) throw notFound(`Intent '${iid}' not found`);
    return intent;
  }

  async function assertNameFree(agentId: string, name: string, exceptId?: string): Promise<void> {
    const clash = (await intents.list(agentId)).find((intent) => intent.name === name && intent.id !== exceptId);
    if (clash !== undefined) throw conflict(`An intent named '${name}' already exists`);
  }

  app.get('/v1/intents', async (request) => {
    const list = await intents.list(agentOf(request).id);
    return list.map(intentSummaryJson);
  });

  app.get<{ Params: IntentParams }>('/v1/intents/:iid', async (request) =>
    intentJson(await existing(agentOf(request).id, request.params.iid)),
  );

  app.post('/v1/intents', async (request) => {
    const agentId = agentOf(request).id;
    const intent = parseIntent(request.body);
    await assertNameFree(agentId, intent.name);
    if ((await intents.get(agentId, intent.id)) !== undefined) intent.id = randomUUID();
    await intents.insert(agentId, intent);
    await services.agentChanged(agentId);
    return writeResult(intent.id);
  });

  app.put<{ Params: IntentParams }>('/v1/intents/:iid', async (request) => {
    const agentId = agentOf(request).id;
    const current = await existing(agentId, request.params.iid);
    const fields = readRecord(request.body, 'intent');
    // Fields not sent keep their values; sending `templates` or `userSays` replaces all example sentences.
    const replacesSentences = 'templates' in fields || 'userSays' in fields;
    const base = { ...intentJson(current), templates: [], ...(replacesSentences ? { userSays: [] } : {}) };
    const intent = parseIntent({ ...base, ...fields }, current.id);
    await assertNameFree(agentId, intent.name, current.id);
    await intents.update(agentId, intent);
    await services.agentChanged(agentId);
    return writeResult(intent.id);
  });

  app.delete<{ Params: IntentParams }>('/v1/intents/:iid', async (request) => {
    const agentId = agentOf(request).id;
    const intent = await existing(agentId, request.params.iid);
    await intents.delete(agentId, intent.id);
    await services.agentChanged(agentId);
    return writeResult();
  });
}
