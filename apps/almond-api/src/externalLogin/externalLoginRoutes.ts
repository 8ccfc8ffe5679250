// GET /user/oauth2/external starts a login through the external provider (@fastify/oauth2 sets and checks the
// state cookie); its callback exchanges the code, reads the user info, links or creates the local account, starts
// the usual cookie session and redirects to `/`.
import oauth2, { type OAuth2Namespace } from '@fastify/oauth2';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { setSessionCookie } from '../accounts/currentSession.js';
import type { SessionStore } from '../accounts/sessionStore.js';
import type { UserStore } from '../accounts/userStore.js';
import type { Database } from '../db/Database.js';
import { errorPage } from '../pages/consentPage.js';
import { sendPage } from '../web/webSession.js';
import { createExternalAccounts, externalProfile } from './externalAccounts.js';
import type { ExternalLoginConfig } from './externalLoginConfig.js';

const EXTERNAL_LOGIN_PATH = '/user/oauth2/external';
const CALLBACK_PATH = `${EXTERNAL_LOGIN_PATH}/callback`;

interface ExternalLoginRoutesOptions {
  config: ExternalLoginConfig;
  db: Database;
  users: UserStore;
  sessions: SessionStore;
  secureCookies: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    externalLogin: OAuth2Namespace;
  }
}

const callbackUri = (request: FastifyRequest): string => `${request.server.publicOrigin()}${CALLBACK_PATH}`;

export const externalLoginRoutes: FastifyPluginAsync<ExternalLoginRoutesOptions> = async (app, { config, db, users, sessions, secureCookies }) => {
  const authorize = new URL(config.authorizeUrl);
  const token = new URL(config.tokenUrl);
  await app.register(oauth2, {
    name: 'externalLogin',
    scope: config.scope,
    credentials: {
      client: { id: config.clientId, secret: config.clientSecret },
      auth: { authorizeHost: authorize.origin, authorizePath: authorize.pathname, tokenHost: token.origin, tokenPath: token.pathname },
      options: { authorizationMethod: 'body' },
    },
    startRedirectPath: EXTERNAL_LOGIN_PATH,
    callbackUri,
    cookie: { path: EXTERNAL_LOGIN_PATH, secure: secureCookies },
  });
  const accounts = createExternalAccounts(db, users);
  const refuse = (message: string) => errorPage('Login failed', message);

  app.get(CALLBACK_PATH, async (request, reply) => {
    let accessToken: string;
    try {
      accessToken = (await app.externalLogin.getAccessTokenFromAuthorizationCodeFlow(request, reply)).token.access_token;
    } catch (error) {
      request.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'external login refused');
      return sendPage(reply, 403, refuse(`${config.name} did not confirm who you are. Try again.`));
    }
    const answer = await fetch(config.userInfoUrl, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } });
    const info: unknown = answer.ok ? await answer.json() : undefined;
    const profile = typeof info === 'object' && info !== null ? externalProfile(info as Record<string, unknown>) : undefined;
    if (profile === undefined) return sendPage(reply, 502, refuse(`${config.name} did not tell who you are. Try again later.`));
    const user = await accounts.userFor(config.name, profile);
    const started = await sessions.start(user.id);
    setSessionCookie(reply, started.cookie, started.maxAgeSeconds, secureCookies);
    return reply.redirect('/', 303);
  });
};
