// The conversation WebSocket /me/api/conversation (docs/protocols/almond.md/002; docs/protocols/almond.md §3.1, with the scope
// `user-exec-command` checked) and its stateless HTTP form POST /me/api/converse (§2.3). A malformed `command`
// answers 400 `{error, code}` (the socket's error, as HTTP) where almond-cloud 1.8 answered 500.
import { randomBytes } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlmondConverseResponse } from '@parley/protocol-types';
import type { FastifyPluginAsync } from 'fastify';
import { callerOf } from '../api/apiCaller.js';
import { routeGuard } from '../api/routeGuard.js';
import { badRequest } from '../http/AlmondApiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { ConversationSession } from './conversationSession.js';
import type { Database } from '../db/Database.js';
import { createConversationStore } from './conversationStore.js';
import { clientInput } from './readClientInput.js';
import { serveConversation, type ServeConversationOptions } from './serveConversation.js';

interface ConversationRoutesOptions extends ServeConversationOptions {
  db: Database;
  /** Idle time after which a /converse conversation is forgotten (almond-cloud: 5 minutes). */
  statelessTtlMs?: number;
}

export const conversationRoutes: FastifyPluginAsync<ConversationRoutesOptions> = async (fastify, options) => {
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const requireExec = routeGuard('user-exec-command');

  api.get<{ Querystring: { hide_welcome?: string } }>('/conversation', { websocket: true, preValidation: requireExec }, async (socket, request) =>
    serveConversation(socket, callerOf(request).userId, request.query.hide_welcome !== '1', options, request.log),
  );

  const store = createConversationStore(options.db, options.statelessTtlMs ?? 5 * 60_000);

  api.post('/converse', { preValidation: requireExec, schema: { response: replySchemas({ 200: AlmondConverseResponse }) } }, async (request) => {
    const { userId } = callerOf(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (body.command === undefined || body.command === null) throw badRequest('Missing command');
    const read = clientInput(body.command);
    if (!read.ok) throw badRequest(read.error, read.code);
    const requested = typeof body.conversationId === 'string' ? body.conversationId : undefined;
    const stored = requested === undefined ? undefined : await store.load(requested, userId);
    const conversationId = stored !== undefined && requested !== undefined ? requested : `stateless-${randomBytes(8).toString('hex')}`;
    const session = new ConversationSession(options, userId, false, stored);
    const outputs = await session.handle(read.input);
    await store.save(conversationId, userId, session.snapshot);
    const asks = outputs.filter((message) => message.type === 'askSpecial');
    const last = asks[asks.length - 1];
    return {
      messages: outputs.filter((message) => message.type !== 'askSpecial'),
      askSpecial: last?.type === 'askSpecial' ? last.ask : null,
      conversationId,
    };
  });
};
