// A request its route schema refused, as almond-cloud's input validation answered it: 400
// `missing or invalid parameter <name>` (EINVAL), unless the route names its own answer in its config
// (`/parse`: `Missing query`). A body that is not an object is about the route's first required parameter.
import { refusedParameter } from '@parley/server-kit';
import type { FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { type AlmondApiError, invalidParameter } from './AlmondApiError.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's answer to a request its schema refused, instead of `missing or invalid parameter <name>`. */
    refusedRequest?: () => AlmondApiError;
  }
}

export function refusedRequest(request: FastifyRequest, validation: readonly FastifySchemaValidationError[]): AlmondApiError {
  const own = request.routeOptions.config.refusedRequest;
  if (own !== undefined) return own();
  const body = request.routeOptions.schema?.body as { required?: readonly string[] } | undefined;
  return invalidParameter(refusedParameter(validation) ?? body?.required?.[0] ?? 'body');
}
