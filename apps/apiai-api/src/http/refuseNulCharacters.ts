// A NUL character (U+0000) cannot be stored (Postgres text and jsonb refuse it), so a request carrying one in a path
// parameter, a query parameter or its parsed body is refused with api.ai's 400 before any route reads it.
import { findNulCharacter } from '@parley/server-kit';
import type { FastifyInstance } from 'fastify';
import { badRequest } from './ApiAiError.js';

export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const where =
      findNulCharacter(request.params, 'path') ?? findNulCharacter(request.query, 'query') ?? findNulCharacter(request.body, 'body');
    if (where !== undefined) throw badRequest(`Invalid request: ${where} contains a NUL character (U+0000)`);
  });
}
