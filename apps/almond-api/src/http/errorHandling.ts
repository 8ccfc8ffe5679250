// Renders failures: AlmondApiError, and requests refused by their route schema (refusedRequest.ts), as `{error, code?}`
// (401 as plain `Unauthorized`); anything else as 500
// `Internal Server Error` with the message hidden (almond-cloud util/error_handling.js). Fastify's own 4xx (bad
// JSON, oversized bodies) keep their status; too deep JSON and NUL characters answer 400 as an HTML page under
// /user/ and on the authorization page, as an OAuth error on the other /me/api/oauth2/ endpoints; so do exceeded
// rate limits with 429, and an unreachable database with 503 (retry). The token and revocation endpoints answer
// every failure as an OAuth error (RFC 6749 §5.2): a body Fastify refuses is `invalid_request`, a bug `server_error`.
import { isDatabaseUnavailable } from '@parley/server-kit';
import type { FastifyError, FastifyInstance } from 'fastify';
import { errorPage } from '../pages/consentPage.js';
import { AlmondApiError } from './AlmondApiError.js';
import { BodyTooDeepError } from './jsonDepthLimit.js';
import { NulCharacterError } from './nulCharacters.js';
import { RateLimitedError } from './rateLimits.js';
import { refusedRequest } from './refusedRequest.js';
import { replyOAuthError } from '../oauth/oauthErrorReply.js';

/** What a request or a conversation round that failed on an unreachable database answers (code EAGAIN). */
export const DATABASE_UNREACHABLE = 'Service unavailable: database unreachable, retry later';

/** The OAuth endpoints that answer JSON (token, revocation): their failures are RFC 6749 `{error, error_description}`. */
function isOAuthJsonEndpoint(url: string): boolean {
  return url.startsWith('/me/api/oauth2/') && !url.startsWith('/me/api/oauth2/authorize');
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = error instanceof AlmondApiError ? error : error.validation === undefined ? undefined : refusedRequest(request, error.validation);
    if (known !== undefined) {
      if (known.status === 401) return reply.code(401).type('text/plain; charset=utf-8').send('Unauthorized');
      return reply.code(known.status).send(known.code === undefined ? { error: known.message } : { error: known.message, code: known.code });
    }
    if (error instanceof BodyTooDeepError || error instanceof NulCharacterError || error instanceof RateLimitedError) {
      const status = error.statusCode;
      // RFC 6749 §5.2 defines no error code for rate limiting; `slow_down` is the closest registered one (RFC 8628).
      const [title, oauthCode, apiCode] = status === 429 ? ['Too many requests', 'slow_down', 'ERATELIMIT'] : ['Bad request', 'invalid_request', 'EINVAL'];
      if (request.url.startsWith('/user/') || request.url.startsWith('/me/api/oauth2/authorize')) return reply.code(status).type('text/html; charset=utf-8').send(errorPage(title, error.message));
      if (isOAuthJsonEndpoint(request.url)) return replyOAuthError(reply, status, oauthCode, error.message);
      return reply.code(status).send({ error: error.message, code: apiCode });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'request failed: database unreachable');
      const message = DATABASE_UNREACHABLE;
      if (request.url.startsWith('/user/')) return reply.code(503).type('text/html; charset=utf-8').send(errorPage('Service unavailable', message));
      if (request.url.startsWith('/me/api/oauth2/')) return replyOAuthError(reply, 503, 'temporarily_unavailable', message);
      return reply.code(503).send({ error: message, code: 'EAGAIN' });
    }
    const oauth = isOAuthJsonEndpoint(request.url);
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      if (oauth) return replyOAuthError(reply, 415, 'invalid_request', 'invalid content-type');
      return reply.code(415).send({ code: 'EINVAL', error: 'invalid content-type' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (oauth) return replyOAuthError(reply, status, 'invalid_request', error.message);
      return reply.code(status).send({ error: error.message, code: 'EINVAL' });
    }
    request.log.error({ err: error }, 'request failed');
    if (oauth) return replyOAuthError(reply, 500, 'server_error', 'Internal Server Error');
    return reply.code(500).send({ error: 'Internal Server Error' });
  });
}
