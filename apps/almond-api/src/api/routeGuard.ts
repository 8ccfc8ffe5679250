// The preValidation guard of /me/api routes: the caller's scope, and a JSON content type where the route takes a JSON
// body, are checked before the route's request schema, so that a caller without the scope learns nothing of the
// body's problems and a form body answers 415, not a schema refusal (docs/protocols/almond.md §2.1, §2.3).
import type { FastifyRequest } from 'fastify';
import { invalidContentType } from '../http/AlmondApiError.js';
import type { Scope } from '../oauth/scopes.js';
import { callerOf } from './apiCaller.js';
import { requireScope } from './bearerAuth.js';

export function routeGuard(scope: Scope, body: 'json' | 'none' = 'none') {
  return async (request: FastifyRequest): Promise<void> => {
    requireScope(callerOf(request), scope);
    if (body === 'json' && !(request.headers['content-type'] ?? '').startsWith('application/json')) throw invalidContentType();
  };
}
