import nunjucks from 'nunjucks';
import type { JsonObject } from '../core/json.js';

/**
 * Jinja2-compatible rendering for brain templates. No loader: nunjucks never touches the file system here
 * (`file_template` contents come in from the app). `throwOnUndefined` makes a missing variable an error, which
 * is how a neuron with an unknown `{{ name }}` gets skipped; no autoescaping, as in Kalliope's Jinja2.
 */
const environment = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

/** The rendered text, or `undefined` when a variable is missing or the template is malformed. */
export function renderTemplate(source: string, variables: JsonObject): string | undefined {
  try {
    return environment.renderString(source, variables);
  } catch {
    return undefined;
  }
}

/** Whether a string holds template syntax Kalliope renders (`{{` or `}}`, reference/kalliope.md §4). */
export function isTemplate(text: string): boolean {
  return text.includes('{{') || text.includes('}}');
}
