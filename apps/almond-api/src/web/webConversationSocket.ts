// GET /me/ws/conversation: the conversation WebSocket of the chat page, authenticated by the session cookie and an
// Origin check instead of a bearer token (reference/almond.md §2.1), otherwise the protocol of /me/api/conversation
// (seed 002; reference §3.1): welcome unless hide_welcome=1, rounds ending with askSpecial, bad frames answered
// with an `error` message, the user's notifications pushed to every open socket.
import type { AlmondOutput } from '@parley/dialog-engine';
import type { FastifyPluginAsync } from 'fastify';
import { currentSession } from '../accounts/currentSession.js';
import type { SessionStore } from '../accounts/sessionStore.js';
import { ConversationSession, type ConversationDeps } from '../conversation/conversationSession.js';
import type { NotificationHub } from '../conversation/notificationHub.js';
import { readClientInput } from '../conversation/readClientInput.js';
import { isSameOrigin } from './sameOrigin.js';

export interface WebConversationSocketOptions extends ConversationDeps {
  hub: NotificationHub;
  sessions: SessionStore;
}

export const webConversationSocket: FastifyPluginAsync<WebConversationSocketOptions> = async (app, options) => {
  const { hub, users, sessions } = options;
  const userIds = new WeakMap<object, string>();

  app.get<{ Querystring: { hide_welcome?: string } }>(
    '/me/ws/conversation',
    {
      websocket: true,
      preValidation: async (request, reply) => {
        if (!isSameOrigin(request.headers.origin, request.headers.host)) return reply.code(403).type('text/plain; charset=utf-8').send('Forbidden');
        const session = await currentSession(request, sessions);
        if (session === undefined) return reply.code(401).type('text/plain; charset=utf-8').send('Unauthorized');
        userIds.set(request, session.userId);
        return undefined;
      },
    },
    async (socket, request) => {
      const userId = userIds.get(request);
      if (userId === undefined) throw new Error('conversation socket without a session');
      const session = new ConversationSession(options, userId);
      const send = (messages: readonly AlmondOutput[]) => {
        for (const message of messages) if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      };
      const fail = (error: unknown) => {
        request.log.error({ err: error }, 'conversation round failed');
        send([{ type: 'error', error: error instanceof Error ? error.message : String(error) }]);
      };
      const stopListening = hub.listen(userId, (notification) => {
        session.handle({ type: 'notification', ...notification }).then(send, fail);
      });
      socket.on('close', stopListening);
      socket.on('message', (data: Buffer) => {
        const read = readClientInput(data.toString('utf8'));
        if (!read.ok) {
          send([{ type: 'error', error: read.error, ...(read.code === undefined ? {} : { code: read.code }) }]);
          return;
        }
        session.handle(read.input).then(send, fail);
      });
      const user = await users.byId(userId);
      const firstVisit = user?.visited !== true;
      if (firstVisit) await users.update(userId, { visited: true });
      session.handle({ type: 'connect', showWelcome: request.query.hide_welcome !== '1', firstVisit }).then(send, fail);
    },
  );
};
