// /v1/userEntities (docs/protocols/apiai.md §5): session entities that replace (or, with `extend`, add to) a developer
// entity's entries for one sessionId. Bodies: NODE `{sessionId, entities}`, JAVA an array with `?sessionId=`,
// PY an array with `sessionId` in each entity.
import type { SessionEntity } from '@parley/dialog-engine';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiaiStatusResponse, ApiaiUserEntitiesCreateResponse, ApiaiUserEntity } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { isRecord } from '@parley/apiai-agent/model';
import { agentOf } from '../auth/requireToken.js';
import type { EntityStore } from '../db/entityStore.js';
import { loadSession, runSessionStep, type StepEnvironment } from '../dialog/runSessionStep.js';
import { badRequest, notFound } from '../http/ApiAiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { readUserEntities } from '../protocol/parseQueryRequest.js';
import { writeReport, writeResult } from '../protocol/status.js';
import { sessionIdOf } from './sessionId.js';

interface UserEntityParams {
  name: string;
}

/** User entities must name developer entities of the agent (JAVA `wrongUserEntitiesTest`); the names are canonicalised. */
export async function checkUserEntities(
  entities: EntityStore,
  agentId: string,
  userEntities: readonly SessionEntity[],
): Promise<SessionEntity[]> {
  const checked: SessionEntity[] = [];
  for (const userEntity of userEntities) {
    const developerEntity = await entities.find(agentId, userEntity.name);
    if (developerEntity === undefined) throw badRequest(`Entity '${userEntity.name}' is not defined in the agent`);
    checked.push({ ...userEntity, name: developerEntity.name });
  }
  return checked;
}

const answers = {
  set: { response: replySchemas({ 200: ApiaiUserEntitiesCreateResponse }) },
  one: { response: replySchemas({ 200: ApiaiUserEntity }) },
  write: { response: replySchemas({ 200: ApiaiStatusResponse }) },
};

/** Bodies are read leniently: each SDK sends its own form (apiai.UserEntitiesRequest, docs/protocols/apiai.md §5). */
export async function userEntityRoutes(
  fastify: FastifyInstance,
  { environment, entities }: { environment: StepEnvironment; entities: EntityStore },
): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  async function setUserEntities(agentId: string, sessionId: string, list: unknown) {
    const userEntities = readUserEntities(list);
    if (userEntities.length === 0) throw badRequest('User entities are missing');
    const checked = await checkUserEntities(entities, agentId, userEntities);
    return runSessionStep(environment, { agentId, sessionId }, { type: 'set_user_entities', entities: checked });
  }

  app.post('/v1/userEntities', { schema: answers.set }, async (request) => {
    const body = request.body;
    const list = isRecord(body) ? (body.entities ?? (body.name === undefined ? undefined : [body])) : body;
    const { output } = await setUserEntities(agentOf(request).id, sessionIdOf(request), list);
    return writeReport({ names: output.kind === 'user_entities_set' ? [...output.names] : [] });
  });

  app.get<{ Params: UserEntityParams }>('/v1/userEntities/:name', { schema: answers.one }, async (request) => {
    const state = await loadSession(environment.sessions, agentOf(request).id, sessionIdOf(request));
    const found = state.sessionEntities.find((entity) => entity.name.toLowerCase() === request.params.name.toLowerCase());
    if (found === undefined) throw notFound(`User entity '${request.params.name}' not found`);
    return { name: found.name, entries: found.entries, extend: found.extend === true, sessionId: sessionIdOf(request) };
  });

  app.put<{ Params: UserEntityParams }>('/v1/userEntities/:name', { schema: answers.write }, async (request) => {
    const body = isRecord(request.body) ? request.body : { entries: request.body };
    await setUserEntities(agentOf(request).id, sessionIdOf(request), [{ ...body, name: request.params.name }]);
    return writeResult();
  });

  app.delete<{ Params: UserEntityParams }>('/v1/userEntities/:name', { schema: answers.write }, async (request) => {
    const agentId = agentOf(request).id;
    const sessionId = sessionIdOf(request);
    const state = await loadSession(environment.sessions, agentId, sessionId);
    const found = state.sessionEntities.find((entity) => entity.name.toLowerCase() === request.params.name.toLowerCase());
    if (found === undefined) throw notFound(`User entity '${request.params.name}' not found`);
    await runSessionStep(environment, { agentId, sessionId }, { type: 'delete_user_entity', name: found.name });
    return writeResult();
  });
}
