import { JinjaError, renderJinja } from '../jinja/index.js';
import type { JsonObject } from '../core/json.js';

/** A rendering that worked, or why it did not (for the app's log line). */
export type Rendered<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Renders a brain template with the sandboxed Jinja2 renderer (no autoescaping, missing names print empty, as
 * in Kalliope's Jinja2). A template that does not parse or fails to render gives its reason instead.
 */
export function renderTemplate(source: string, variables: JsonObject): Rendered<string> {
  try {
    return { ok: true, value: renderJinja(source, variables) };
  } catch (error) {
    if (error instanceof JinjaError) return { ok: false, reason: `template ${JSON.stringify(source)} failed: ${error.message}` };
    throw error;
  }
}

const BARE_PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * Kalliope's check before it renders a neuron parameter: every bare `{{ name }}` (letters, digits, `_` and dots)
 * must be an available variable, else the neuron is skipped (observed: "call mom" with `{{ whom }}`). Other
 * expressions (`{{ x | default('y') }}`, `{{ kalliope_memory['k'] }}`) are not checked: they render with Jinja2's
 * rules, a missing key printing empty.
 */
export function renderParameter(source: string, variables: JsonObject): Rendered<string> {
  for (const match of source.matchAll(BARE_PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!Object.hasOwn(variables, name)) return { ok: false, reason: `the parameter "${name}" is not available in the order` };
  }
  return renderTemplate(source, variables);
}

/** Whether a string holds template syntax Kalliope renders (`{{` or `}}`). */
export function isTemplate(text: string): boolean {
  return text.includes('{{') || text.includes('}}');
}
