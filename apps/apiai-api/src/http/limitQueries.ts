// Rate limit of /v1/query (issue 10): so many queries per minute per client token (the caller's IP without one),
// answered 429 in api.ai's status shape once exceeded.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { tooManyRequests } from './ApiAiError.js';

/** Registers the limit on the routes of `scope`; `perMinute` 0 leaves them unlimited. */
export async function limitQueries(scope: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute <= 0) return;
  await scope.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const authorization = request.headers.authorization;
      return typeof authorization === 'string' && authorization !== '' ? `token:${authorization}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      tooManyRequests(`Too many requests: at most ${context.max} queries per minute; retry in ${context.after}.`),
  });
}
