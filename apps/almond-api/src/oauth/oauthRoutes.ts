// The OAuth 2.0 provider (@node-oauth/oauth2-server): /me/api/oauth2/authorize (consent), /token, /revoke, and
// the user's own revocation (/user/revoke-oauth2).
import OAuth2Server from '@node-oauth/oauth2-server';
import { AlmondOAuthRevokeResponse, AlmondOAuthTokenResponse } from '@parley/protocol-types';
import { isDatabaseUnavailable } from '@parley/server-kit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { currentSession } from '../accounts/currentSession.js';
import type { SessionStore } from '../accounts/sessionStore.js';
import { consentPage, errorPage } from '../pages/consentPage.js';
import { nonTextField } from '../http/repeatedField.js';
import { oauthReplySchemas } from '../http/replySchemas.js';
import { safeEqual } from '../security/secrets.js';
import { AUTHORIZE_PARAMETERS, checkAuthorizeRequest, pickAuthorizeParameters } from './authorizeRequest.js';
import type { ClientStore } from './clientStore.js';
import type { OAuthModel } from './oauthModel.js';
import { replyOAuthError } from './oauthErrorReply.js';

interface OAuthRoutesOptions {
  model: OAuthModel;
  clients: ClientStore;
  sessions: SessionStore;
}

const ACCESS_TOKEN_LIFETIME = 3600;
const CODE_LIFETIME = 600;

type Fields = Record<string, unknown>;

function libraryRequest(request: FastifyRequest, body: Fields): OAuth2Server.Request {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers[name] = value;
  return new OAuth2Server.Request({
    method: request.method,
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    query: {},
    body,
  });
}

/** RFC 6749 errors as `{error, error_description}`; a failure of ours (the library's server_error) never shows its text. */
function sendOAuthError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof OAuth2Server.ServerError) {
    // the library keeps the error it wrapped as `inner` (not in its typings)
    const inner: unknown = (error as { inner?: unknown }).inner ?? error;
    if (isDatabaseUnavailable(inner)) throw inner;
    request.log.error({ err: inner }, 'token request failed');
    return replyOAuthError(reply, 500, 'server_error', 'Internal Server Error');
  }
  if (error instanceof OAuth2Server.OAuthError) {
    const status = error.code;
    if (status === 401) reply.header('www-authenticate', 'Basic realm="Service"');
    return replyOAuthError(reply, status, error.name, error.message);
  }
  throw error;
}

function withQuery(uri: string, parameters: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** `client_id:client_secret` of HTTP Basic, each form-urlencoded (RFC 6749 §2.3.1); undefined when malformed. */
function basicCredentials(encoded: string): [string, string] | undefined {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
  } catch {
    return undefined; // a bad percent escape
  }
}

export const oauthRoutes: FastifyPluginAsync<OAuthRoutesOptions> = async (app, { model, clients, sessions }) => {
  const common = { accessTokenLifetime: ACCESS_TOKEN_LIFETIME, authorizationCodeLifetime: CODE_LIFETIME, allowEmptyState: true };
  const authorizeServer = new OAuth2Server({ ...common, model: model.authorizeModel });
  const tokenServer = new OAuth2Server({ ...common, model: model.tokenModel, requireClientAuthentication: { refresh_token: false } });

  // Browser clients (public, PKCE) call the token and revocation endpoints cross-origin; preflights are answered
  // by the /me/api scope.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/me/api/oauth2/token') || request.url.startsWith('/me/api/oauth2/revoke')) reply.header('access-control-allow-origin', '*');
  });

  const html = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);

  const repeated = (name: string) => `Invalid parameter: \`${name}\` must be given once, as text`;

  app.get<{ Querystring: Fields }>('/me/api/oauth2/authorize', async (request, reply) => {
    const twice = nonTextField(request.query, AUTHORIZE_PARAMETERS);
    if (twice !== undefined) return html(reply, 400, errorPage('Authorization failed', repeated(twice)));
    const parameters = pickAuthorizeParameters(request.query);
    const check = await checkAuthorizeRequest(parameters, clients);
    if (!check.ok) return html(reply, check.status, errorPage('Authorization failed', check.message));
    const session = await currentSession(request, sessions);
    if (session === undefined) return reply.redirect(`/user/login?next=${encodeURIComponent(request.url)}`, 302);
    return html(reply, 200, consentPage(check.client.name, check.scopes, parameters, session.csrfToken));
  });

  app.post<{ Body: Fields }>('/me/api/oauth2/authorize', async (request, reply) => {
    const body = request.body ?? {};
    const session = await currentSession(request, sessions);
    if (session === undefined) return html(reply, 401, errorPage('Authorization failed', 'Log in first.'));
    if (typeof body._csrf !== 'string' || !safeEqual(body._csrf, session.csrfToken)) {
      return html(reply, 403, errorPage('Authorization failed', 'Invalid CSRF token. Reload the page and try again.'));
    }
    const twice = nonTextField(body, AUTHORIZE_PARAMETERS);
    if (twice !== undefined) return html(reply, 400, errorPage('Authorization failed', repeated(twice)));
    const parameters = pickAuthorizeParameters(body);
    const check = await checkAuthorizeRequest(parameters, clients);
    if (!check.ok) return html(reply, check.status, errorPage('Authorization failed', check.message));
    if (body.decision !== 'allow') {
      return reply.redirect(withQuery(check.redirectUri, { error: 'access_denied', state: parameters.state }), 302);
    }
    const response = new OAuth2Server.Response({ headers: {} });
    try {
      await authorizeServer.authorize(libraryRequest(request, { ...parameters, redirect_uri: check.redirectUri }), response, {
        authenticateHandler: { handle: () => ({ id: session.userId }) },
      });
    } catch (error) {
      const location = response.headers?.location;
      if (error instanceof OAuth2Server.OAuthError && typeof location === 'string') return reply.redirect(location, 302);
      throw error;
    }
    const location = response.headers?.location;
    if (typeof location !== 'string') throw new Error('authorization produced no redirect');
    return reply.redirect(location, 302);
  });

  const tokenAnswers = { schema: { response: oauthReplySchemas({ 200: AlmondOAuthTokenResponse }) } };
  app.post<{ Body: Fields }>('/me/api/oauth2/token', tokenAnswers, async (request, reply) => {
    const response = new OAuth2Server.Response({ headers: {} });
    try {
      const body = request.body ?? {};
      const twice = nonTextField(body);
      if (twice !== undefined) throw new OAuth2Server.InvalidRequestError(repeated(twice));
      await tokenServer.token(libraryRequest(request, body), response);
    } catch (error) {
      return sendOAuthError(request, reply, error);
    }
    // The library counts the seconds left (3599 once a millisecond passed); the lifetime is what the client needs.
    const body: AlmondOAuthTokenResponse = { ...(response.body as AlmondOAuthTokenResponse), expires_in: ACCESS_TOKEN_LIFETIME };
    return reply.code(response.status ?? 200).headers(response.headers ?? {}).send(body);
  });

  // RFC 7009: the client authenticates (public clients by client_id alone); the answer is 200 whatever the token.
  const revokeAnswers = { schema: { response: oauthReplySchemas({ 200: AlmondOAuthRevokeResponse }) } };
  app.post<{ Body: Fields }>('/me/api/oauth2/revoke', revokeAnswers, async (request, reply) => {
    const body = request.body ?? {};
    const invalidRequest = (description: string) => replyOAuthError(reply, 400, 'invalid_request', description);
    const twice = nonTextField(body);
    if (twice !== undefined) return invalidRequest(repeated(twice));
    const basic = /^Basic\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    let clientId = typeof body.client_id === 'string' ? body.client_id : '';
    let secret = typeof body.client_secret === 'string' ? body.client_secret : undefined;
    if (basic !== undefined) {
      const credentials = basicCredentials(basic);
      if (credentials === undefined) return invalidRequest('Invalid authorization header: the Basic credentials are not percent-encoded client_id:client_secret');
      [clientId, secret] = credentials;
    }
    const client = await clients.authenticate(clientId, secret);
    if (client === undefined) {
      return reply.code(401).header('www-authenticate', 'Basic realm="Service"').send({ error: 'invalid_client', error_description: 'Invalid client' });
    }
    if (typeof body.token !== 'string' || body.token === '') {
      return reply.code(400).send({ error: 'invalid_request', error_description: 'Missing parameter: `token`' });
    }
    await model.revokeForClient(body.token, client.id);
    const revoked: AlmondOAuthRevokeResponse = {};
    return reply.code(200).send(revoked);
  });

  app.post<{ Body: Fields }>('/user/revoke-oauth2', async (request, reply) => {
    const body = request.body ?? {};
    const session = await currentSession(request, sessions);
    if (session === undefined) return reply.redirect('/user/login?next=/apps', 303);
    if (typeof body._csrf !== 'string' || !safeEqual(body._csrf, session.csrfToken)) {
      return html(reply, 403, errorPage('Revocation failed', 'Invalid CSRF token. Reload the page and try again.'));
    }
    if (typeof body.client_id === 'string') await clients.revokeAccess(session.userId, body.client_id);
    return reply.redirect('/apps', 303);
  });
};
