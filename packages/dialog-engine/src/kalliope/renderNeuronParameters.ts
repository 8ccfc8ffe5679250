import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.js';
import { isTemplate, renderParameter, type Rendered } from './renderTemplate.js';

/**
 * Parameters Kalliope leaves raw: they are rendered later by the neuron itself. v0.7.2 tests whether the
 * parameter name is a substring of one of these, so `say`, `file`, `template`, `answer` stay raw too
 * (docs/protocols/kalliope.md §4).
 */
const RAW_PARAMETERS = ['say_template', 'file_template', 'kalliope_memory', 'from_answer_link'];

export function isRawParameter(name: string): boolean {
  return RAW_PARAMETERS.some((raw) => raw.includes(name));
}

function renderValue(value: JsonValue, variables: JsonObject): Rendered<JsonValue> {
  if (typeof value === 'string') return isTemplate(value) ? renderParameter(value, variables) : { ok: true, value };
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (const item of value) {
      const rendered = renderValue(item, variables);
      if (!rendered.ok) return rendered;
      items.push(rendered.value);
    }
    return { ok: true, value: items };
  }
  if (isJsonObject(value)) return renderEntries(value, variables, () => false);
  return { ok: true, value };
}

function renderEntries(entries: JsonObject, variables: JsonObject, keepRaw: (name: string) => boolean): Rendered<JsonObject> {
  const rendered: JsonObject = {};
  for (const [name, value] of Object.entries(entries)) {
    if (keepRaw(name)) {
      rendered[name] = value;
      continue;
    }
    const result = renderValue(value, variables);
    if (!result.ok) return result;
    rendered[name] = result.value;
  }
  return { ok: true, value: rendered };
}

/**
 * Renders the `{{ }}` in a neuron's parameters (strings inside lists and dicts too). Fails with the reason when a
 * bare `{{ name }}` is not available or a template fails: Kalliope then skips the neuron.
 */
export function renderNeuronParameters(parameters: JsonObject, variables: JsonObject): Rendered<JsonObject> {
  return renderEntries(parameters, variables, isRawParameter);
}
