import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type SessionStore, type WebSession } from './sessionStore.js';

/** The browser session of a request (its cookie), if any. */
export async function currentSession(request: FastifyRequest, sessions: SessionStore): Promise<WebSession | undefined> {
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie === undefined || cookie === '' ? undefined : sessions.find(cookie);
}

export function setSessionCookie(reply: FastifyReply, value: string, maxAgeSeconds: number, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: maxAgeSeconds });
}
