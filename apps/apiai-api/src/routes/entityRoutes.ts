// /v1/entities (docs/protocols/apiai.md "entities"; docs/protocols/apiai.md §2): list, get by id or name, create (one or a batch),
// update, delete (409 while an intent uses the entity) and the entries sub-resource.
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiaiEntitiesCreateResponse, ApiaiEntity, ApiaiEntityList, ApiaiStatusResponse } from '@parley/protocol-types';
import Type from 'typebox';
import type { FastifyInstance } from 'fastify';
import { type Entity, parseEntity, parseEntries, readArray, readRecord, readString } from '@parley/apiai-agent/model';
import { entityJson, entitySummaryJson } from '../agent/formatAgentJson.js';
import { entityUsesEntity, intentUsesEntity } from '../agent/entityUsage.js';
import { agentOf } from '../auth/requireToken.js';
import { badRequest, conflict, notFound } from '../http/ApiAiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { writeReport, writeResult } from '../protocol/status.js';
import type { EntityStore } from '../db/entityStore.js';
import type { AppServices } from '../services.js';

interface EntityParams {
  eid: string;
}

async function existing(entities: EntityStore, agentId: string, eid: string): Promise<Entity> {
  const entity = await entities.find(agentId, decodeURIComponent(eid));
  if (entity === undefined) throw notFound(`Entity '${eid}' not found`);
  return entity;
}

async function assertNameFree(entities: EntityStore, agentId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await entities.find(agentId, name);
  if (clash !== undefined && clash.id !== exceptId) throw conflict(`An entity named '${name}' already exists`);
}

async function create(entities: EntityStore, agentId: string, body: unknown): Promise<Entity> {
  const entity = parseEntity(body);
  await assertNameFree(entities, agentId, entity.name);
  if ((await entities.find(agentId, entity.id)) !== undefined) entity.id = randomUUID();
  await entities.insert(agentId, entity);
  return entity;
}

async function update(entities: EntityStore, agentId: string, current: Entity, body: unknown): Promise<Entity> {
  const fields = readRecord(body, 'entity');
  const next = parseEntity({ ...entityJson(current), ...fields, id: current.id }, current.id);
  await assertNameFree(entities, agentId, next.name, current.id);
  await entities.update(agentId, next);
  return next;
}

const answers = {
  list: { response: replySchemas({ 200: ApiaiEntityList }) },
  one: { response: replySchemas({ 200: ApiaiEntity }) },
  /** One entity answers `{id, status}`, a batch `{ids, status}`. */
  create: { response: replySchemas({ 200: Type.Union([ApiaiStatusResponse, ApiaiEntitiesCreateResponse]) }) },
  write: { response: replySchemas({ 200: ApiaiStatusResponse }) },
};

/**
 * Each write reads the agent's entities and changes them inside one `changeAgent` (serialised per agent).
 * Bodies are read leniently (parseEntity: every export generation's fields, numbers and booleans as strings).
 */
export async function entityRoutes(fastify: FastifyInstance, { services }: { services: AppServices }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/v1/entities', { schema: answers.list }, async (request) => {
    const list = await services.entities.list(agentOf(request).id);
    return list.map(entitySummaryJson);
  });

  app.get<{ Params: EntityParams }>('/v1/entities/:eid', { schema: answers.one }, async (request) =>
    entityJson(await existing(services.entities, agentOf(request).id, request.params.eid)),
  );

  app.post('/v1/entities', { schema: answers.create }, async (request) => {
    const agentId = agentOf(request).id;
    const body = request.body;
    if (Array.isArray(body)) {
      const created = await services.changeAgent(agentId, async ({ entities }) => {
        const list: Entity[] = [];
        for (const item of body) list.push(await create(entities, agentId, item));
        return list;
      });
      return writeReport({ ids: created.map((entity) => entity.id) });
    }
    const entity = await services.changeAgent(agentId, ({ entities }) => create(entities, agentId, body));
    return writeResult(entity.id);
  });

  /** Batch update: each entity is matched by id or name, and created when unknown. */
  app.put('/v1/entities', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    const list = readArray(request.body, 'entities');
    await services.changeAgent(agentId, async ({ entities }) => {
      for (const [index, body] of list.entries()) {
        const fields = readRecord(body, `entities[${index}]`);
        const key = readString(fields.id, 'id') ?? readString(fields.name, 'name');
        const current = key === undefined ? undefined : await entities.find(agentId, key);
        if (current === undefined) await create(entities, agentId, body);
        else await update(entities, agentId, current, body);
      }
    });
    return writeResult();
  });

  app.put<{ Params: EntityParams }>('/v1/entities/:eid', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    const entity = await services.changeAgent(agentId, async ({ entities }) =>
      update(entities, agentId, await existing(entities, agentId, request.params.eid), request.body),
    );
    return writeResult(entity.id);
  });

  app.delete<{ Params: EntityParams }>('/v1/entities/:eid', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    await services.changeAgent(agentId, async ({ entities, intents }) => {
      const entity = await existing(entities, agentId, request.params.eid);
      const user = (await intents.list(agentId)).find((intent) => intentUsesEntity(intent, entity.name));
      if (user !== undefined) throw conflict(`Entity '${entity.name}' is used in intent '${user.name}'`);
      const composite = (await entities.list(agentId)).find(
        (other) => other.id !== entity.id && entityUsesEntity(other, entity.name),
      );
      if (composite !== undefined) throw conflict(`Entity '${entity.name}' is used in entity '${composite.name}'`);
      await entities.delete(agentId, entity.id);
    });
    return writeResult();
  });

  /** POST adds entries (merging synonyms of an existing value), PUT replaces the entries it names. */
  for (const method of ['post', 'put'] as const) {
    app[method]<{ Params: EntityParams }>('/v1/entities/:eid/entries', { schema: answers.write }, async (request) => {
      const agentId = agentOf(request).id;
      const entries = parseEntries(request.body);
      await services.changeAgent(agentId, async ({ entities }) => {
        const entity = await existing(entities, agentId, request.params.eid);
        const byValue = new Map(entity.entries.map((entry) => [entry.value, entry]));
        for (const entry of entries) {
          const current = byValue.get(entry.value);
          const synonyms =
            method === 'post' && current !== undefined ? [...new Set([...current.synonyms, ...entry.synonyms])] : entry.synonyms;
          byValue.set(entry.value, { value: entry.value, synonyms });
        }
        await entities.update(agentId, { ...entity, entries: [...byValue.values()] });
      });
      return writeResult();
    });
  }

  app.delete<{ Params: EntityParams }>('/v1/entities/:eid/entries', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    const values = new Set(
      readArray(request.body, 'entries').map((item) => {
        const value = typeof item === 'string' ? item : readString(readRecord(item, 'entry').value, 'value');
        if (value === undefined) throw badRequest('Entry values to delete are missing');
        return value;
      }),
    );
    if (values.size === 0) throw badRequest('Entry values to delete are missing');
    await services.changeAgent(agentId, async ({ entities }) => {
      const entity = await existing(entities, agentId, request.params.eid);
      await entities.update(agentId, { ...entity, entries: entity.entries.filter((entry) => !values.has(entry.value)) });
    });
    return writeResult();
  });
}
