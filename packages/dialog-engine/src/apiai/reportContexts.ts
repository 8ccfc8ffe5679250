import type { ReportedContext } from './queryResult.js';

/**
 * Contexts in api.ai's wire shape `{name, parameters, lifespan}`, in that key order (docs/protocols/apiai.md §4):
 * session bookkeeping such as `setAt`, or anything else the input carries, is left out.
 */
export function reportContexts(contexts: readonly ReportedContext[]): ReportedContext[] {
  return contexts.map(({ name, parameters, lifespan }) => ({ name, parameters, lifespan }));
}
