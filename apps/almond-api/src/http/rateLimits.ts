// Per-route rate limits (issue 10): login and registration per client IP (login also per username), the OAuth token
// endpoint per client id and IP, and the command endpoints (/me/api/converse, /me/api/parse) per user. Built on
// @fastify/rate-limit with `global: false`; the limited routes are picked here by method and path, so the route
// files stay unaware. An exceeded limit throws RateLimitedError (429), rendered by errorHandling.ts in the shape
// of the endpoint family.
import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../api/apiCaller.js';
import { readPositiveInteger as limit } from '../server/readPositiveInteger.js';

/** Requests allowed per window and per key; `undefined` settings switch every limit off. */
export interface RateLimitSettings {
  windowMs: number;
  login: number;
  register: number;
  token: number;
  commands: number;
  /** Messages of the anonymous conversation socket per client address. */
  anonymous: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { windowMs: 60_000, login: 10, register: 5, token: 30, commands: 60, anonymous: 30 };

export class RateLimitedError extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests, retry in ${retryAfterSeconds} seconds`);
  }
}

/** ALMOND_RATE_LIMIT=off disables the limits; ALMOND_RATE_LIMIT_{LOGIN,REGISTER,TOKEN,COMMANDS,ANONYMOUS} per window of
 * ALMOND_RATE_LIMIT_WINDOW_MS. */
export function readRateLimitSettings(env: NodeJS.ProcessEnv): RateLimitSettings | undefined {
  if (env.ALMOND_RATE_LIMIT === 'off') return undefined;
  return {
    windowMs: limit('ALMOND_RATE_LIMIT_WINDOW_MS', env.ALMOND_RATE_LIMIT_WINDOW_MS, DEFAULT_RATE_LIMITS.windowMs),
    login: limit('ALMOND_RATE_LIMIT_LOGIN', env.ALMOND_RATE_LIMIT_LOGIN, DEFAULT_RATE_LIMITS.login),
    register: limit('ALMOND_RATE_LIMIT_REGISTER', env.ALMOND_RATE_LIMIT_REGISTER, DEFAULT_RATE_LIMITS.register),
    token: limit('ALMOND_RATE_LIMIT_TOKEN', env.ALMOND_RATE_LIMIT_TOKEN, DEFAULT_RATE_LIMITS.token),
    commands: limit('ALMOND_RATE_LIMIT_COMMANDS', env.ALMOND_RATE_LIMIT_COMMANDS, DEFAULT_RATE_LIMITS.commands),
    anonymous: limit('ALMOND_RATE_LIMIT_ANONYMOUS', env.ALMOND_RATE_LIMIT_ANONYMOUS, DEFAULT_RATE_LIMITS.anonymous),
  };
}

const field = (request: FastifyRequest, name: string): string => {
  const body = request.body;
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
};

/** The client id of a token request: the body's, else the HTTP Basic user. */
const clientIdOf = (request: FastifyRequest): string => {
  const basic = /^Basic\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  return field(request, 'client_id') || (basic === undefined ? '' : Buffer.from(basic, 'base64').toString('utf8').split(':')[0] ?? '');
};

const userOrIp = (request: FastifyRequest): string => {
  try {
    return `user:${callerOf(request).userId}`;
  } catch {
    return `ip:${request.ip}`;
  }
};

function routeLimits(settings: RateLimitSettings): Map<string, RateLimitOptions> {
  const per = (max: number, key: (request: FastifyRequest) => string): RateLimitOptions => ({ max, timeWindow: settings.windowMs, hook: 'preHandler', keyGenerator: key });
  return new Map([
    ['POST /user/login', per(settings.login, (request) => `${request.ip}|${field(request, 'username')}`)],
    ['POST /user/register', per(settings.register, (request) => request.ip)],
    ['POST /me/api/oauth2/token', per(settings.token, (request) => `${request.ip}|${clientIdOf(request)}`)],
    ['POST /me/api/converse', per(settings.commands, userOrIp)],
    ['GET /me/api/parse', per(settings.commands, userOrIp)],
  ]);
}

/** Call before any route is registered. */
export async function installRateLimits(app: FastifyInstance, settings: RateLimitSettings | undefined): Promise<void> {
  if (settings === undefined) return;
  const limits = routeLimits(settings);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const options = methods.map((method) => limits.get(`${method} ${route.url}`)).find((found) => found !== undefined);
    if (options !== undefined) route.config = { ...route.config, rateLimit: options };
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new RateLimitedError(Math.ceil(context.ttl / 1000)),
  });
}
