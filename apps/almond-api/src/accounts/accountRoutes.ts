// GET/POST /user/login, /user/register, POST /user/logout: the HTML account pages and the session cookie. The login
// and registration forms carry the browser's pre-login CSRF token (loginCsrf.ts), the logout form the session's: a
// post without it is refused with 403 before any password is checked, account created or session ended.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { loginPage, registerPage } from '../pages/accountPages.js';
import { checkCsrf, sendPage } from '../web/webSession.js';
import type { SessionStore } from './sessionStore.js';
import { SESSION_COOKIE } from './sessionStore.js';
import { currentSession, setSessionCookie } from './currentSession.js';
import { expectedLoginCsrf, loginCsrfToken } from './loginCsrf.js';
import { safeNextPath } from './safeNextPath.js';
import { UsernameTakenError, type UserStore } from './userStore.js';

interface AccountRoutesOptions {
  users: UserStore;
  sessions: SessionStore;
  secureCookies: boolean;
  /** Name of the external login provider, linked from the login page. */
  externalLoginName?: string | undefined;
}

type Form = Record<string, string | undefined>;

/** A posted field as text: a JSON body may carry numbers, arrays or objects where the form has strings. */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const USERNAME = /^[A-Za-z0-9_.-]{1,64}$/;

export const accountRoutes: FastifyPluginAsync<AccountRoutesOptions> = async (app, { users, sessions, secureCookies, externalLoginName }) => {
  const csrfOf = (request: FastifyRequest, reply: FastifyReply) => loginCsrfToken(request, reply, secureCookies);

  app.get<{ Querystring: Form }>('/user/login', async (request, reply) =>
    sendPage(reply, 200, loginPage(safeNextPath(request.query.next), csrfOf(request, reply), undefined, externalLoginName)),
  );

  app.post<{ Body: Form }>('/user/login', async (request, reply) => {
    const form = request.body ?? {};
    if (!checkCsrf(form, expectedLoginCsrf(request), reply)) return reply;
    const next = safeNextPath(form.next);
    const user = await users.authenticate(text(form.username), text(form.password));
    if (user === undefined) {
      return sendPage(reply, 401, loginPage(next, csrfOf(request, reply), 'Invalid username or password.', externalLoginName));
    }
    const started = await sessions.start(user.id);
    setSessionCookie(reply, started.cookie, started.maxAgeSeconds, secureCookies);
    return reply.redirect(next, 303);
  });

  app.get<{ Querystring: Form }>('/user/register', async (request, reply) =>
    sendPage(reply, 200, registerPage(safeNextPath(request.query.next), csrfOf(request, reply))),
  );

  app.post<{ Body: Form }>('/user/register', async (request, reply) => {
    const form = request.body ?? {};
    if (!checkCsrf(form, expectedLoginCsrf(request), reply)) return reply;
    const next = safeNextPath(form.next);
    const fail = (message: string) => sendPage(reply, 400, registerPage(next, csrfOf(request, reply), message));
    const posted: Record<string, unknown> = form;
    if (['username', 'password', 'email'].some((field) => posted[field] !== undefined && typeof posted[field] !== 'string')) {
      return fail('Fill in every field with text.');
    }
    const username = text(form.username).trim();
    const password = text(form.password);
    if (!USERNAME.test(username)) return fail('Usernames are 1 to 64 letters, digits, dots, dashes or underscores.');
    if (password.length < 8) return fail('The password must be at least 8 characters long.');
    try {
      const email = text(form.email).trim();
      const user = await users.create({ username, password, email: email === '' ? undefined : email });
      const started = await sessions.start(user.id);
      setSessionCookie(reply, started.cookie, started.maxAgeSeconds, secureCookies);
      return reply.redirect(next, 303);
    } catch (error) {
      if (error instanceof UsernameTakenError) return fail(error.message);
      throw error;
    }
  });

  // The logout form carries the session's CSRF token (pages/html.ts): another site cannot end the session.
  app.post<{ Body: Form }>('/user/logout', async (request, reply) => {
    const session = await currentSession(request, sessions);
    if (session !== undefined && !checkCsrf(request.body ?? {}, session.csrfToken, reply)) return reply;
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie !== undefined && session !== undefined) await sessions.end(cookie);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/user/login', 303);
  });
};
