// The authenticated caller, attached to the request by the bearer hook of the /me/api scope.
import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../http/AlmondApiError.js';
import type { ApiCaller } from './bearerAuth.js';

const callers = new WeakMap<FastifyRequest, ApiCaller>();

export function attachCaller(request: FastifyRequest, caller: ApiCaller): void {
  callers.set(request, caller);
}

export function callerOf(request: FastifyRequest): ApiCaller {
  const caller = callers.get(request);
  if (caller === undefined) throw unauthorized();
  return caller;
}
