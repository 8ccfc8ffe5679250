// Text with a NUL character cannot be stored (Postgres refuses it in text and jsonb), and no field of this server
// needs one: every request whose query, path parameters or body carries one, in a value or a key, is refused with
// NulCharacterError (400), rendered by errorHandling.ts in each endpoint family's error shape, before any route
// reads it. Conversation messages are checked the same way (conversation/readClientInput.ts).
import type { FastifyInstance } from 'fastify';

export class NulCharacterError extends Error {
  readonly statusCode = 400;
  constructor() {
    super('Invalid parameter: text may not contain NUL characters');
  }
}

/** Whether a string, or any key or string inside an array/object (JSON depth is bounded: jsonDepthLimit.ts), has a NUL. */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item));
  return false;
}

export function installNulCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query) || containsNul(request.params) || containsNul(request.body)) throw new NulCharacterError();
  });
}
