// The CSRF token of the login and registration forms, before any session exists: a random value kept in an
// HttpOnly, SameSite=Lax cookie scoped to /user and repeated in the form's hidden `_csrf` field. A cross-site page
// can post these forms but can neither read nor set the cookie, so it cannot log a visitor into its own account.
// The forms' POST compares the two with checkCsrf (web/webSession.ts), like the logged-in forms do with the
// session's token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken } from '../security/secrets.js';

const LOGIN_CSRF_COOKIE = 'almond_login_csrf';

/** The shape randomToken() produces: a cookie of another shape was not set by us and is replaced. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The browser's pre-login CSRF token (from its cookie), or a new one set as the cookie. */
export function loginCsrfToken(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const current = expectedLoginCsrf(request);
  if (current !== undefined) return current;
  const token = randomToken();
  reply.setCookie(LOGIN_CSRF_COOKIE, token, { path: '/user', httpOnly: true, sameSite: 'lax', secure });
  return token;
}

/** The token a posted login or registration form must carry; undefined when the browser has no such cookie. */
export function expectedLoginCsrf(request: FastifyRequest): string | undefined {
  const cookie = request.cookies[LOGIN_CSRF_COOKIE];
  return cookie !== undefined && TOKEN.test(cookie) ? cookie : undefined;
}
