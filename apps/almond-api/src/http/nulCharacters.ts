// Text with a NUL character cannot be stored (Postgres refuses it in text and jsonb), and no field of this server
// needs one: every request whose query, path parameters or body carries one, in a value or a key, is refused with
// NulCharacterError (400), rendered by errorHandling.ts in each endpoint family's error shape, before any route
// reads it. Conversation messages are checked the same way (conversation/readClientInput.ts).
import { findNulCharacter } from '@parley/server-kit';
import type { FastifyInstance } from 'fastify';

export class NulCharacterError extends Error {
  readonly statusCode = 400;
  constructor() {
    super('Invalid parameter: text may not contain NUL characters');
  }
}

export function installNulCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if ([request.query, request.params, request.body].some((part) => findNulCharacter(part) !== undefined)) throw new NulCharacterError();
  });
}
