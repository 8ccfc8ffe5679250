// Request bodies are read leniently: JSON whatever the declared type (curl's form default, text/plain, no type),
// an empty body as `{}`, form-encoded fields as an object; unparseable JSON is a 400 in api.ai's shape.
import type { FastifyInstance } from 'fastify';
import { ApiAiError, badRequest } from './ApiAiError.js';

/** Deepest accepted JSON body: deeper ones would overflow the stack of later recursive processing. */
export const maxJsonDepth = 64;

/** Whether `value` nests arrays/objects more than `limit` levels (stops descending past the limit). */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => jsonDepthExceeds(child, limit - 1));
}

function parseText(text: string, contentType: string | undefined): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"')) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (jsonDepthExceeds(parsed, maxJsonDepth)) throw badRequest(`Request body is nested deeper than ${maxJsonDepth} levels`);
      return parsed;
    } catch (error) {
      if (error instanceof ApiAiError) throw error;
      throw badRequest(`Invalid JSON in request body: ${(error as Error).message}`);
    }
  }
  if (contentType?.includes('application/x-www-form-urlencoded') === true) {
    return Object.fromEntries(new URLSearchParams(trimmed));
  }
  throw badRequest('Request body is not valid JSON');
}

export function installLenientBodies(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  const parser = (request: { headers: Record<string, unknown> }, body: string, done: (error: Error | null, value?: unknown) => void): void => {
    try {
      const contentType = request.headers['content-type'];
      done(null, parseText(body, typeof contentType === 'string' ? contentType : undefined));
    } catch (error) {
      done(error as Error);
    }
  };
  app.addContentTypeParser(['application/json', 'text/plain', 'application/x-www-form-urlencoded'], { parseAs: 'string' }, parser);
  app.addContentTypeParser('*', { parseAs: 'string' }, parser);
}
