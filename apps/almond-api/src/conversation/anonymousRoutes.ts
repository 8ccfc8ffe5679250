// The anonymous conversation /me/api/anonymous (docs/protocols/almond.md §3.2): no authentication; it runs as the shared
// `anonymous` account (as almond-cloud did), where the agent runs single queries and asks to register for the rest.
// Its programs have the limits of everybody's; its messages are counted per client address (`messagesPerAddress`).
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { UserStore } from '../accounts/userStore.js';
import type { WindowCounter } from '../http/windowCounter.js';
import { serveConversation, type ServeConversationOptions } from './serveConversation.js';

const ANONYMOUS_USERNAME = 'anonymous';

/** The shared anonymous account (nobody can log in to it: its password is random and never shown). */
export async function ensureAnonymousUser(users: UserStore): Promise<string> {
  const existing = await users.byUsername(ANONYMOUS_USERNAME);
  if (existing !== undefined) return existing.id;
  try {
    return (await users.create({ username: ANONYMOUS_USERNAME, password: randomBytes(32).toString('base64url') })).id;
  } catch (error) {
    const created = await users.byUsername(ANONYMOUS_USERNAME); // another instance created it meanwhile
    if (created === undefined) throw error;
    return created.id;
  }
}

interface AnonymousRoutesOptions extends ServeConversationOptions {
  anonymousUserId: string;
  /** Messages per client address (rate limits off when unset). */
  messagesPerAddress?: WindowCounter | undefined;
}

export const anonymousRoutes: FastifyPluginAsync<AnonymousRoutesOptions> = async (api, options) => {
  api.get<{ Querystring: { hide_welcome?: string } }>('/anonymous', { websocket: true }, async (socket, request) =>
    serveConversation(socket, options.anonymousUserId, request.query.hide_welcome !== '1', options, request.log, {
      admit: () => options.messagesPerAddress?.take(request.ip) ?? 0,
    }),
  );
};
