// GET/POST /user/login, /user/register, POST /user/logout: the HTML account pages and the session cookie.
import type { FastifyPluginAsync } from 'fastify';
import { loginPage, registerPage } from '../pages/accountPages.js';
import type { SessionStore } from './sessionStore.js';
import { SESSION_COOKIE } from './sessionStore.js';
import { setSessionCookie } from './currentSession.js';
import { safeNextPath } from './safeNextPath.js';
import { UsernameTakenError, type UserStore } from './userStore.js';

export interface AccountRoutesOptions {
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
  app.get<{ Querystring: Form }>('/user/login', async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(loginPage(safeNextPath(request.query.next), undefined, externalLoginName)),
  );

  app.post<{ Body: Form }>('/user/login', async (request, reply) => {
    const form = request.body ?? {};
    const next = safeNextPath(form.next);
    const user = await users.authenticate(text(form.username), text(form.password));
    if (user === undefined) {
      return reply.code(401).type('text/html; charset=utf-8').send(loginPage(next, 'Invalid username or password.', externalLoginName));
    }
    const started = await sessions.start(user.id);
    setSessionCookie(reply, started.cookie, started.maxAgeSeconds, secureCookies);
    return reply.redirect(next, 303);
  });

  app.get<{ Querystring: Form }>('/user/register', async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(registerPage(safeNextPath(request.query.next))),
  );

  app.post<{ Body: Form }>('/user/register', async (request, reply) => {
    const form = request.body ?? {};
    const next = safeNextPath(form.next);
    const fail = (message: string) => reply.code(400).type('text/html; charset=utf-8').send(registerPage(next, message));
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

  app.post('/user/logout', async (request, reply) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie !== undefined) await sessions.end(cookie);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/user/login', 303);
  });
};
