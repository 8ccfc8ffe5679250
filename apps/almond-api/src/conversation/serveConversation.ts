// One conversation over a WebSocket (docs/protocols/almond.md §3.1), whoever authenticated it: the API socket
// (bearer) or the web UI's (session cookie). Welcome unless hidden, rounds in order, protocol errors answered
// without closing, the user's notifications delivered.
import type { AlmondMessage } from '@parley/protocol-types';
import { isDatabaseUnavailable } from '@parley/server-kit';
import { DATABASE_UNREACHABLE } from '../http/errorHandling.js';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { ConversationSession, type ConversationDeps } from './conversationSession.js';
import type { NotificationHub } from './notificationHub.js';
import type { OpenConversations } from './openConversations.js';
import { readClientInput } from './readClientInput.js';

export interface ServeConversationOptions extends ConversationDeps {
  hub: NotificationHub;
  conversations: OpenConversations;
}

/** The anonymous conversation: `admit()` counts a message of its client, 0 when allowed, else ms to wait. */
interface AnonymousConversation {
  admit(): number;
}

export async function serveConversation(
  socket: WebSocket,
  userId: string,
  showWelcome: boolean,
  options: ServeConversationOptions,
  log: FastifyBaseLogger,
  anonymousClient?: AnonymousConversation,
): Promise<void> {
  const { hub, users } = options;
  const anonymous = anonymousClient !== undefined;
  options.conversations.track(socket);
  const session = new ConversationSession(options, userId, anonymous);
  const send = (messages: readonly AlmondMessage[]) => {
    for (const message of messages) if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  // The failure is logged; the user gets a generic message (the error may quote SQL and user ids).
  const fail = (error: unknown) => {
    log.error({ err: error }, 'conversation round failed');
    send([isDatabaseUnavailable(error) ? { type: 'error', error: DATABASE_UNREACHABLE, code: 'EAGAIN' } : { type: 'error', error: 'Internal Server Error' }]);
  };
  if (!anonymous) {
    const stopListening = hub.listen(userId, (notification) => {
      session.handle({ type: 'notification', ...notification }).then(send, fail);
    });
    socket.on('close', stopListening);
  }
  const receive = (data: Buffer) => {
    const read = readClientInput(data.toString('utf8'));
    if (!read.ok) {
      send([{ type: 'error', error: read.error, ...(read.code === undefined ? {} : { code: read.code }) }]);
      return;
    }
    const wait = anonymousClient?.admit() ?? 0;
    if (wait > 0) {
      send([{ type: 'error', error: `Too many requests, retry in ${Math.ceil(wait / 1000)} seconds`, code: 'ERATELIMIT' }]);
      return;
    }
    session.handle(read.input).then(send, fail);
  };
  // A frame that makes reading it throw must not take the process down (it would be an uncaught exception).
  socket.on('message', (data: Buffer) => {
    try {
      receive(data);
    } catch (error) {
      fail(error);
    }
  });
  const user = await users.byId(userId);
  const firstVisit = anonymous || user?.visited !== true;
  if (firstVisit && !anonymous) await users.update(userId, { visited: true });
  session.handle({ type: 'connect', showWelcome, firstVisit }).then(send, fail);
}
