// /v1/contexts (docs/protocols/apiai.md §5): list, get, set (a JSON array; the answer names them), delete one or all
// contexts of a session.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ApiaiContext, ApiaiContextList, ApiaiContextsCreateResponse, ApiaiStatusResponse } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { isRecord } from '@parley/apiai-agent/model';
import { agentOf } from '../auth/requireToken.js';
import { runSessionStep, type StepEnvironment } from '../dialog/runSessionStep.js';
import { notFound } from '../http/ApiAiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { readContexts } from '../protocol/parseQueryRequest.js';
import { writeReport, writeResult } from '../protocol/status.js';
import { sessionIdOf } from './sessionId.js';

interface ContextParams {
  name: string;
}

const answers = {
  list: { response: replySchemas({ 200: ApiaiContextList }) },
  one: { response: replySchemas({ 200: ApiaiContext }) },
  set: { response: replySchemas({ 200: ApiaiContextsCreateResponse }) },
  write: { response: replySchemas({ 200: ApiaiStatusResponse }) },
};

/** Bodies are read leniently (a bare array, `{contexts}` or one context; docs/protocols/apiai.md §5). */
export async function contextRoutes(fastify: FastifyInstance, { environment }: { environment: StepEnvironment }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const target = (request: Parameters<typeof agentOf>[0], readOnly = false) => ({
    agentId: agentOf(request).id,
    sessionId: sessionIdOf(request),
    readOnly,
  });

  app.get('/v1/contexts', { schema: answers.list }, async (request) => {
    const { output } = await runSessionStep(environment, target(request, true), { type: 'get_contexts' });
    return output.kind === 'contexts' ? [...output.contexts] : [];
  });

  app.get<{ Params: ContextParams }>('/v1/contexts/:name', { schema: answers.one }, async (request) => {
    const { output } = await runSessionStep(environment, target(request, true), { type: 'get_context', name: request.params.name });
    const context = output.kind === 'contexts' ? output.contexts[0] : undefined;
    if (context === undefined) throw notFound(`Context '${request.params.name}' not found`);
    return context;
  });

  app.post('/v1/contexts', { schema: answers.set }, async (request) => {
    const body = request.body;
    const list = isRecord(body) && 'contexts' in body ? body.contexts : isRecord(body) && 'name' in body ? [body] : body;
    const { output } = await runSessionStep(environment, target(request), { type: 'set_contexts', contexts: readContexts(list) });
    return writeReport({ names: output.kind === 'contexts_set' ? [...output.names] : [] });
  });

  app.delete('/v1/contexts', { schema: answers.write }, async (request) => {
    await runSessionStep(environment, target(request), { type: 'delete_contexts' });
    return writeResult();
  });

  app.delete<{ Params: ContextParams }>('/v1/contexts/:name', { schema: answers.write }, async (request) => {
    const { output } = await runSessionStep(environment, target(request), { type: 'delete_context', name: request.params.name });
    if (output.kind !== 'contexts' || output.contexts.length === 0) throw notFound(`Context '${request.params.name}' not found`);
    return writeResult();
  });
}
