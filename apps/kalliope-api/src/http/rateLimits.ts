import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
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

export interface RateLimits {
  /**
   * Throws a 429 when this IP has used up its failed logins, unless the request carries the credentials that last
   * succeeded from this IP (call before checking credentials). `credentials`: the Authorization header's digest
   * (basicAuth.ts `credentialDigest`). Undefined when decided without asking the limiter (the limit off, or the
   * credentials that last succeeded from this IP).
   */
  refuseBlockedLogin(request: FastifyRequest, credentials: Buffer): Promise<void> | undefined;
  /** Counts one failed basic-auth attempt of this IP. */
  countFailedLogin(request: FastifyRequest): Promise<void>;
  /** Remembers that this IP logged in with these credentials (the Authorization header's digest). */
  recordLogin(request: FastifyRequest, credentials: Buffer): void;
  /**
   * Counts a synapse start, per `login` (the basic-auth login the request was authenticated with) or else per IP;
   * rejects with a 429 once the caller is over its limit. Call after authentication. Undefined when the limit is off.
   */
  countSynapseStart(request: FastifyRequest, login: string | undefined): Promise<void> | undefined;
}

/** Registers @fastify/rate-limit (no global limit) and returns the app's two limiters. */
export async function registerRateLimits(app: FastifyInstance, settings: () => RateLimitSettings): Promise<RateLimits> {
  await app.register(rateLimit, { global: false });
  const failedLogins = app.createRateLimit({
    timeWindow: MINUTE_MS,
    max: () => settings().failedLoginsPerMinute,
    keyGenerator: (request) => `login-failures:${request.ip}`,
  });
  const startKeys = new WeakMap<FastifyRequest, string>();
  const synapseStarts = app.createRateLimit({
    timeWindow: MINUTE_MS,
    max: () => settings().synapseStartsPerMinute,
    keyGenerator: (request) => startKeys.get(request) ?? `starts-ip:${request.ip}`,
  });
  const goodCredentials = new Map<string, Buffer>();
  return {
    refuseBlockedLogin(request, credentials) {
      if (settings().failedLoginsPerMinute <= 0) return undefined;
      // The credentials that last succeeded from this IP pass whatever its failures: no need to count them.
      const good = goodCredentials.get(request.ip);
      if (good !== undefined && timingSafeEqual(good, credentials)) return undefined;
      return failedLogins(request, { increment: false }).then((state) => {
        if (state.isAllowed || state.remaining > 0) return;
        throw KALLIOPE_ERRORS.rateLimited(state.ttlInSeconds);
      });
    },
    async countFailedLogin(request) {
      if (settings().failedLoginsPerMinute <= 0) return;
      await failedLogins(request);
    },
    recordLogin(request, credentials) {
      goodCredentials.delete(request.ip);
      goodCredentials.set(request.ip, credentials);
      if (goodCredentials.size > REMEMBERED_ADDRESSES) goodCredentials.delete(goodCredentials.keys().next().value as string);
    },
    countSynapseStart(request, login) {
      if (settings().synapseStartsPerMinute <= 0) return undefined;
      if (login !== undefined) startKeys.set(request, `starts-login:${login}`);
      return synapseStarts(request).then((state) => {
        if (!state.isAllowed && state.isExceeded) throw KALLIOPE_ERRORS.rateLimited(state.ttlInSeconds);
      });
    },
  };
}
