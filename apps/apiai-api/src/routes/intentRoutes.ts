// /v1/intents (docs/protocols/apiai.md "intents"; docs/protocols/apiai.md §2, §7): list summaries, get, create, update, delete.
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiaiIntent, ApiaiIntentList, ApiaiStatusResponse } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { type Intent, parseIntent, readRecord } from '@parley/apiai-agent/model';
import { intentJson, intentSummaryJson } from '../agent/formatAgentJson.js';
import { agentOf } from '../auth/requireToken.js';
import { conflict, notFound } from '../http/ApiAiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { writeResult } from '../protocol/status.js';
import type { IntentStore } from '../db/intentStore.js';
import type { AppServices } from '../services.js';

interface IntentParams {
  iid: string;
}

async function existing(intents: IntentStore, agentId: string, iid: string): Promise<Intent> {
  const intent = await intents.get(agentId, iid);
  if (intent === undefined) throw notFound(`Intent '${iid}' not found`);
  return intent;
}

async function assertNameFree(intents: IntentStore, agentId: string, name: string, exceptId?: string): Promise<void> {
  const clash = (await intents.list(agentId)).find((intent) => intent.name === name && intent.id !== exceptId);
  if (clash !== undefined) throw conflict(`An intent named '${name}' already exists`);
}

const answers = {
  list: { response: replySchemas({ 200: ApiaiIntentList }) },
  one: { response: replySchemas({ 200: ApiaiIntent }) },
  write: { response: replySchemas({ 200: ApiaiStatusResponse }) },
};

/**
 * Each write reads the agent's intents and changes them inside one `changeAgent` (serialised per agent).
 * Bodies are read leniently (parseIntent: the seed form, every export generation, the later v1 form).
 */
export async function intentRoutes(fastify: FastifyInstance, { services }: { services: AppServices }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/v1/intents', { schema: answers.list }, async (request) => {
    const list = await services.intents.list(agentOf(request).id);
    return list.map(intentSummaryJson);
  });

  app.get<{ Params: IntentParams }>('/v1/intents/:iid', { schema: answers.one }, async (request) =>
    intentJson(await existing(services.intents, agentOf(request).id, request.params.iid)),
  );

  app.post('/v1/intents', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    const intent = parseIntent(request.body);
    await services.changeAgent(agentId, async ({ intents }) => {
      await assertNameFree(intents, agentId, intent.name);
      if ((await intents.get(agentId, intent.id)) !== undefined) intent.id = randomUUID();
      await intents.insert(agentId, intent);
    });
    return writeResult(intent.id);
  });

  app.put<{ Params: IntentParams }>('/v1/intents/:iid', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    const intent = await services.changeAgent(agentId, async ({ intents }) => {
      const current = await existing(intents, agentId, request.params.iid);
      const fields = readRecord(request.body, 'intent');
      // Fields not sent keep their values; sending `templates` or `userSays` replaces all example sentences.
      const replacesSentences = 'templates' in fields || 'userSays' in fields;
      const base = { ...intentJson(current), templates: [], ...(replacesSentences ? { userSays: [] } : {}) };
      const next = parseIntent({ ...base, ...fields }, current.id);
      await assertNameFree(intents, agentId, next.name, current.id);
      await intents.update(agentId, next);
      return next;
    });
    return writeResult(intent.id);
  });

  app.delete<{ Params: IntentParams }>('/v1/intents/:iid', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    await services.changeAgent(agentId, async ({ intents }) => {
      const intent = await existing(intents, agentId, request.params.iid);
      await intents.delete(agentId, intent.id);
    });
    return writeResult();
  });
}
