// The browser side of the web UI's routes: the logged-in session (else a redirect to the login page), the CSRF
// check of its forms, over the accounts' cookie session, and the headers of its HTML pages.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentSession } from '../accounts/currentSession.js';
import type { SessionStore, WebSession } from '../accounts/sessionStore.js';
import { errorPage } from '../pages/consentPage.js';
import { safeEqual } from '../security/secrets.js';

/** The session of the request; when there is none, the reply has been sent: a redirect to the login page. */
export async function sessionOrLogin(request: FastifyRequest, reply: FastifyReply, sessions: SessionStore, next: string): Promise<WebSession | undefined> {
  const session = await currentSession(request, sessions);
  if (session === undefined) reply.redirect(`/user/login?next=${encodeURIComponent(next)}`, 303);
  return session;
}

/**
 * True when the form carries the expected CSRF token (the session's, or before a login the browser's pre-login token
 * of accounts/loginCsrf.ts); otherwise the reply has been sent: a 403 page.
 */
export function checkCsrf(form: Record<string, unknown>, expected: string | undefined, reply: FastifyReply): boolean {
  if (expected !== undefined && typeof form._csrf === 'string' && safeEqual(form._csrf, expected)) return true;
  sendPage(reply, 403, errorPage('Request refused', 'Invalid CSRF token. Reload the page and try again.'));
  return false;
}

/** Everything the pages load is served here; pictures in the chat may come from anywhere. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: http: data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .send(body);
}
