// Every failure leaves as an api.ai error body whose HTTP status equals `status.code`: our ApiAiErrors, agent content
// that cannot be read (@parley/apiai-agent's InvalidAgentError, 400 bad_request), Fastify's
// own 4xx errors (bad JSON, oversized bodies, multipart limits), unknown routes (404), wrong methods (405) and an
// unreachable database (503 service_unavailable, retry later).
import { InvalidAgentError } from '@parley/apiai-agent/model';
import { databaseUnavailableReason } from '@parley/server-kit';
import type { FastifyError, FastifyInstance } from 'fastify';
import { errorBody } from '../protocol/status.js';
import { ApiAiError, badRequest, notAcceptable, notAllowed, notFound, serviceUnavailable, unauthorized } from './ApiAiError.js';

/** Paths this server knows; a wrong method on one of them is a 405, anything else a 404. */
const knownPaths = [
  /^\/v1\/query\/?$/,
  /^\/v1\/(entities|intents)(\/[^/]+)?\/?$/,
  /^\/v1\/entities\/[^/]+\/entries\/?$/,
  /^\/v1\/(contexts|userEntities)(\/[^/]+)?\/?$/,
  /^\/v1\/agent\/(import|export)\/?$/,
  /^\/(healthz|openapi\.json)$/,
];

function toApiAiError(error: FastifyError): ApiAiError | undefined {
  if (error instanceof ApiAiError) return error;
  if (error instanceof InvalidAgentError) return badRequest(error.message);
  const unavailable = databaseUnavailableReason(error);
  if (unavailable === 'unreachable') return serviceUnavailable('Service unavailable: database unreachable, retry later');
  if (unavailable === 'busy') return serviceUnavailable('Service busy: another change of this session or agent is still running, retry later');
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code?.startsWith('FST_') === true && error.code.includes('MULTIPART'))
    return notAcceptable(`Uploaded file problem: ${error.message}`);
  if (status === 413) return badRequest('Request body is too large');
  if (status === 401) return unauthorized();
  if (status === 404) return notFound(error.message);
  if (status === 406) return notAcceptable(error.message);
  if (status >= 400 && status < 500) return badRequest(error.message);
  return undefined;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiAiError(error);
    if (apiError === undefined) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({
        id: request.id,
        timestamp: new Date().toISOString(),
        status: { code: 500, errorType: 'internal_server_error', errorDetails: 'Internal server error', errorId: request.id },
      });
    }
    const failure = { status: apiError.code, errorType: apiError.errorType, details: apiError.errorDetails };
    if (apiError.code >= 500) request.log.warn({ ...failure, err: error }, 'request failed');
    else request.log.info(failure, 'request rejected');
    return reply.code(apiError.code).send(errorBody(apiError, request.id));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const error = knownPaths.some((pattern) => pattern.test(path))
      ? notAllowed(request.method, path)
      : notFound(`URI ${path} is not valid`);
    return reply.code(error.code).send(errorBody(error, request.id));
  });
}
