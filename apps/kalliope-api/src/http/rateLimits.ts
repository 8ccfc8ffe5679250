import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { KALLIOPE_ERRORS } from './kalliopeErrors.js';

/** Requests per minute; 0 turns a limit off. Read on every request, so a SIGHUP reload applies at once. */
export interface RateLimitSettings {
  /** POST /synapses/start/*, per basic-auth login (when password protected) or else per client IP. */
  readonly synapseStartsPerMinute: number;
  /**
   * Failed basic-auth attempts per client IP; once reached, that IP's requests answer 429 — except those carrying
   * credentials that already succeeded from that IP, so a guesser cannot lock the real user out.
   */
  readonly failedLoginsPerMinute: number;
}

const MINUTE_MS = 60_000;
/** Addresses whose last good credentials are remembered (oldest forgotten first). */
const REMEMBERED_ADDRESSES = 10_000;

/** A digest of the request's Authorization header: what is remembered of good credentials, never the secret. */
function credentialDigest(request: FastifyRequest): Buffer {
  return createHash('sha256').update(request.headers.authorization ?? '').digest();
}

function basicAuthLogin(request: FastifyRequest): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(0, colon);
}

interface RateLimits {
  /**
   * Throws a 429 when this IP has used up its failed logins, unless the request carries the credentials that last
   * succeeded from this IP (call before checking credentials).
   */
  refuseBlockedLogin(request: FastifyRequest): Promise<void>;
  /** Counts one failed basic-auth attempt of this IP. */
  countFailedLogin(request: FastifyRequest): Promise<void>;
  /** Remembers that this IP logged in with these credentials. */
  recordLogin(request: FastifyRequest): void;
  /** Counts a synapse start; throws a 429 once the caller is over its limit. Call after authentication. */
  countSynapseStart(request: FastifyRequest, authenticated: boolean): Promise<void>;
}

/** Registers @fastify/rate-limit (no global limit) and returns the app's two limiters. */
export async function registerRateLimits(app: FastifyInstance, settings: () => RateLimitSettings): Promise<RateLimits> {
  await app.register(rateLimit, { global: false });
  const failedLogins = app.createRateLimit({
    timeWindow: MINUTE_MS,
    max: () => settings().failedLoginsPerMinute,
    allowList: () => settings().failedLoginsPerMinute <= 0,
    keyGenerator: (request) => `login-failures:${request.ip}`,
  });
  const startKeys = new WeakMap<FastifyRequest, string>();
  const synapseStarts = app.createRateLimit({
    timeWindow: MINUTE_MS,
    max: () => settings().synapseStartsPerMinute,
    allowList: () => settings().synapseStartsPerMinute <= 0,
    keyGenerator: (request) => startKeys.get(request) ?? `starts-ip:${request.ip}`,
  });
  const goodCredentials = new Map<string, Buffer>();
  return {
    async refuseBlockedLogin(request) {
      const state = await failedLogins(request, { increment: false });
      if (state.isAllowed || state.remaining > 0) return;
      const good = goodCredentials.get(request.ip);
      if (good !== undefined && timingSafeEqual(good, credentialDigest(request))) return;
      throw KALLIOPE_ERRORS.rateLimited(state.ttlInSeconds);
    },
    async countFailedLogin(request) {
      await failedLogins(request);
    },
    recordLogin(request) {
      goodCredentials.delete(request.ip);
      goodCredentials.set(request.ip, credentialDigest(request));
      if (goodCredentials.size > REMEMBERED_ADDRESSES) goodCredentials.delete(goodCredentials.keys().next().value as string);
    },
    async countSynapseStart(request, authenticated) {
      const login = authenticated ? basicAuthLogin(request) : undefined;
      if (login !== undefined) startKeys.set(request, `starts-login:${login}`);
      const state = await synapseStarts(request);
      if (!state.isAllowed && state.isExceeded) throw KALLIOPE_ERRORS.rateLimited(state.ttlInSeconds);
    },
  };
}
