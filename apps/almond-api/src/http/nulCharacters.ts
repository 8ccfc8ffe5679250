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

/**
 * Whether a string, or any key or string inside an array/object, has a NUL. Walked with a stack of its own, not by
 * recursion: a conversation frame (1 MiB, no depth limit) may nest far deeper than the call stack goes.
 */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (Array.isArray(item)) pending.push(...item);
    else if (typeof item === 'object' && item !== null) {
      for (const [key, inner] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

export function installNulCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query) || containsNul(request.params) || containsNul(request.body)) throw new NulCharacterError();
  });
}
