// GET /me/ws/conversation: the conversation WebSocket of the chat page, authenticated by the session cookie and an
// Origin check instead of a bearer token (docs/protocols/almond.md §2.1), then served like /me/api/conversation.
import type { FastifyPluginAsync } from 'fastify';
import { currentSession } from '../accounts/currentSession.js';
import type { SessionStore } from '../accounts/sessionStore.js';
import { serveConversation, type ServeConversationOptions } from '../conversation/serveConversation.js';
import { isSameOrigin } from './sameOrigin.js';

interface WebConversationSocketOptions extends ServeConversationOptions {
  sessions: SessionStore;
}

export const webConversationSocket: FastifyPluginAsync<WebConversationSocketOptions> = async (app, options) => {
  const userIds = new WeakMap<object, string>();

  app.get<{ Querystring: { hide_welcome?: string } }>(
    '/me/ws/conversation',
    {
      websocket: true,
      preValidation: async (request, reply) => {
        if (!isSameOrigin(request.headers.origin, request.headers.host)) return reply.code(403).type('text/plain; charset=utf-8').send('Forbidden');
        const session = await currentSession(request, options.sessions);
        if (session === undefined) return reply.code(401).type('text/plain; charset=utf-8').send('Unauthorized');
        userIds.set(request, session.userId);
        return undefined;
      },
    },
    async (socket, request) => {
      const userId = userIds.get(request);
      if (userId === undefined) throw new Error('conversation socket without a session');
      await serveConversation(socket, userId, request.query.hide_welcome !== '1', options, request.log);
    },
  );
};
