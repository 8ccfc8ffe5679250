import type { JsonObject } from '../core/json.js';
import { findContext } from './contextStore.js';
import { formatValue } from './resolveReference.js';
import type { ActiveContext } from './state.js';

const PARAMETER_REFERENCE = /\$([A-Za-z0-9_-]+(?:\.original)?)/g;
const CONTEXT_REFERENCE = /#([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+(?:\.original)?)/g;

/**
 * Fills `$param`, `$param.original` and `#context.param` in a response text ("Weather in $geo-city",
 * docs/protocols/apiai.md §5). Parameters come from `parameters` (values plus `.original` keys); unknown
 * references are left as written.
 */
export function renderResponseText(text: string, parameters: JsonObject, contexts: readonly ActiveContext[]): string {
  return text
    .replace(CONTEXT_REFERENCE, (whole, owner: string, name: string) => {
      const value = findContext(contexts, owner)?.parameters[name];
      return value === undefined ? whole : formatValue(value);
    })
    .replace(PARAMETER_REFERENCE, (whole, name: string) => {
      const value = parameters[name];
      return value === undefined ? whole : formatValue(value);
    });
}
