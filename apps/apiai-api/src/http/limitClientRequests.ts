// Rate limit of the client-token routes (/v1/query, /v1/contexts, /v1/userEntities; issues 10 and 20): so many
// requests per minute per token (the caller's IP without one), shared by those routes, answered 429 in api.ai's
// status shape once exceeded.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { tooManyRequests } from './ApiAiError.js';

/** Registers the limit on the routes of `scope`; `perMinute` 0 leaves them unlimited. */
export async function limitClientRequests(scope: FastifyInstance, perMinute: number): Promise<void> {
  if (perMinute <= 0) return;
  await scope.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const authorization = request.headers.authorization;
      return typeof authorization === 'string' && authorization !== '' ? `token:${authorization}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      tooManyRequests(`Too many requests: at most ${context.max} requests per minute; retry in ${context.after}.`),
  });
}
