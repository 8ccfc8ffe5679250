import type { FastifyRequest } from 'fastify';
import { hasValidSessionHeader } from '../routes/routeContext.js';
import { servesMethod } from '../routes/methodNotAllowed.js';
import type { KalliopeSettings } from '../settings/settings.js';
import { credentialDigest, type BasicAuthChecker } from './basicAuth.js';
import { KALLIOPE_ERRORS } from './kalliopeErrors.js';
import type { RateLimits } from './rateLimits.js';
import { isAllowedHost, isAllowedOrigin, isJsonType, mediaType } from './requestOrigin.js';

/** Outside the REST password: /metrics has its own token (METRICS_TOKEN). */
const OPEN_ROUTES = new Set(['/healthz', '/openapi.json', '/metrics']);
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes that change the brain or stop the server: basic auth always, even when `password_protected` is off. */
function isAdminRoute(method: string, path: string): boolean {
  return (method === 'POST' && (path === '/synapses' || path === '/shutdown')) || (method === 'DELETE' && path.startsWith('/synapses/'));
}

type RestApi = KalliopeSettings['restApi'];

/** A check that may have to wait (a rate-limit store); undefined when it was decided at once. */
type Pending = Promise<void> | undefined;

/** Runs `next` once `pending` is done: at once (no promise, no microtask) when there is nothing to wait for. */
function afterPending(pending: Pending, next: () => Pending): Pending {
  return pending === undefined ? next() : pending.then(next);
}

interface RequestCheckDeps {
  readonly settings: () => KalliopeSettings;
  readonly limits: RateLimits;
  readonly basicAuth: BasicAuthChecker;
  /** Host names allowed besides the loopback names and IP literals (app.ts `allowedHosts`). */
  readonly allowedHosts: readonly string[];
}

/**
 * The checks every request goes through, in this order: Host (DNS rebinding), basic auth and its lockout, Origin and
 * body type of state-changing requests, synapse-start rate limit, session header. Throws the first failure's error,
 * or returns a promise of it when a rate-limit store had to be asked; undefined when the request passed at once (the
 * `onRequest` hook then needs no promise).
 */
export function createRequestChecks({ settings, limits, basicAuth, allowedHosts }: RequestCheckDeps): (request: FastifyRequest) => Pending {
  /** `rest`: the API settings as the request's checks started (a reload may come while a limiter is asked). */
  const afterLogin = (request: FastifyRequest, path: string, rest: RestApi): Pending => {
    if (STATE_CHANGING.has(request.method) && servesMethod(request.routeOptions.url, request.method)) {
      if (!isAllowedOrigin(request.headers.origin, request.headers.host, rest.allowedCorsOrigin)) throw KALLIOPE_ERRORS.crossOrigin();
      // A cross-site HTML form can send only urlencoded, multipart or text/plain bodies: outside the audio upload,
      // a body must be JSON (a bodiless POST stays valid, as in Kalliope's curl examples).
      const type = mediaType(request.headers['content-type']);
      const hasBody = type !== undefined || Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
      if (hasBody && path !== '/synapses/start/audio' && !isJsonType(type)) throw KALLIOPE_ERRORS.notJson();
    }
    // Past the basic-auth check, a protected request carries the configured login.
    const counted = request.method === 'POST' && path.startsWith('/synapses/start/') ? limits.countSynapseStart(request, rest.passwordProtected ? rest.login : undefined) : undefined;
    return afterPending(counted, () => {
      if (!hasValidSessionHeader(request)) throw KALLIOPE_ERRORS.invalidSession();
      return undefined;
    });
  };
  const logIn = (request: FastifyRequest, path: string, rest: RestApi): Pending => {
    const { login, password } = rest;
    const { authorization } = request.headers;
    const credentials = credentialDigest(authorization);
    return afterPending(limits.refuseBlockedLogin(request, credentials), () => {
      if (login === '' || password === '' || !basicAuth.check(authorization, credentials, login, password)) {
        return limits.countFailedLogin(request).then(() => {
          throw KALLIOPE_ERRORS.unauthorized();
        });
      }
      limits.recordLogin(request, credentials);
      return afterLogin(request, path, rest);
    });
  };
  // The allowed names do not change while the app runs: the last Host header's answer is kept (one per client, usually).
  let lastHost: { readonly header: string | undefined; readonly allowed: boolean } | undefined;
  const hostAllowed = (header: string | undefined): boolean => {
    if (lastHost === undefined || lastHost.header !== header) lastHost = { header, allowed: isAllowedHost(header, allowedHosts) };
    return lastHost.allowed;
  };
  return (request) => {
    const { url } = request;
    const query = url.indexOf('?');
    const urlPath = query < 0 ? url : url.slice(0, query);
    if (urlPath !== '/healthz' && !hostAllowed(request.headers.host)) throw KALLIOPE_ERRORS.badHost();
    // Trailing slashes dropped (Fastify's ignoreTrailingSlash), the root kept.
    const path = urlPath.length > 1 && urlPath.endsWith('/') ? urlPath.replace(/(.)\/+$/, '$1') : urlPath;
    const rest = settings().restApi;
    const needsLogin = rest.passwordProtected || isAdminRoute(request.method, path);
    return needsLogin && !OPEN_ROUTES.has(path) ? logIn(request, path, rest) : afterLogin(request, path, rest);
  };
}
