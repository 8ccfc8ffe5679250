// Refuses JSON bodies nested deeper than a limit before parsing them: a field nested tens of thousands deep made
// later recursive code (the OAuth library, validators) overflow the stack. The check scans the text once, skipping
// strings, so it costs no recursion itself. Deep bodies fail with BodyTooDeepError (400), rendered by errorHandling.ts
// in each endpoint family's error shape.
import type { FastifyInstance } from 'fastify';

/** Deepest nesting of arrays/objects accepted in a JSON body (the API's own bodies stay below 10). */
export const MAX_JSON_DEPTH = 32;

export class BodyTooDeepError extends Error {
  readonly statusCode = 400;
  constructor() {
    super(`Request body nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/** Whether the JSON text opens more than `limit` arrays/objects at once (strings skipped, escapes honoured). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth > limit) return true;
    } else if (char === ']' || char === '}') depth--;
  }
  return false;
}

/** Replaces the JSON body parser with one that checks the depth first, then parses as Fastify does. */
export function installJsonDepthLimit(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(new BodyTooDeepError(), undefined);
      return;
    }
    parse(request, text, done);
  });
}
