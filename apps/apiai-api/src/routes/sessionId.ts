import type { FastifyRequest } from 'fastify';
import { isRecord, readString } from '@parley/apiai-agent/model';
import { badRequest } from '../http/ApiAiError.js';

/** api.ai accepts a `sessionId` of "up to 36 symbols" (docs/protocols/apiai.md §3). */
export const maxSessionIdLength = 36;

/** Rejects an over-long `sessionId` with api.ai's 400. */
export function checkSessionIdLength(sessionId: string): string {
  if (sessionId.length > maxSessionIdLength) {
    throw badRequest(`Invalid 'sessionId' parameter: up to ${maxSessionIdLength} symbols are allowed.`);
  }
  return sessionId;
}

/** The `sessionId` of a /contexts or /userEntities call: URL parameter (NODE, JAVA, GO) or body field (NODE, PY). */
export function sessionIdOf(request: FastifyRequest): string {
  const query = isRecord(request.query) ? request.query : {};
  const body = request.body;
  const fromBody = isRecord(body)
    ? body.sessionId
    : Array.isArray(body) && isRecord(body[0])
      ? body[0].sessionId
      : undefined;
  const sessionId = readString(query.sessionId ?? fromBody, 'sessionId')?.trim();
  if (sessionId === undefined || sessionId === '') throw badRequest("Required 'sessionId' parameter is empty.");
  return checkSessionIdLength(sessionId);
}
