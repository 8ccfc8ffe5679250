import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.js';
import { isTemplate, renderTemplate } from './renderTemplate.js';

/**
 * Parameters Kalliope leaves raw: they are rendered later by the neuron itself. v0.7.2 tests whether the
 * parameter name is a substring of one of these, so `say`, `file`, `template`, `answer` stay raw too
 * (reference/kalliope.md §4).
 */
const RAW_PARAMETERS = ['say_template', 'file_template', 'kalliope_memory', 'from_answer_link'];

export function isRawParameter(name: string): boolean {
  return RAW_PARAMETERS.some((raw) => raw.includes(name));
}

function renderValue(value: JsonValue, variables: JsonObject): JsonValue | undefined {
  if (typeof value === 'string') return isTemplate(value) ? renderTemplate(value, variables) : value;
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (const item of value) {
      const rendered = renderValue(item, variables);
      if (rendered === undefined) return undefined;
      items.push(rendered);
    }
    return items;
  }
  if (isJsonObject(value)) {
    const entries: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const rendered = renderValue(item, variables);
      if (rendered === undefined) return undefined;
      entries[key] = rendered;
    }
    return entries;
  }
  return value;
}

/**
 * Renders the `{{ }}` in a neuron's parameters (strings inside lists and dicts too). `undefined` when a
 * variable is missing: Kalliope then skips the neuron silently.
 */
export function renderNeuronParameters(parameters: JsonObject, variables: JsonObject): JsonObject | undefined {
  const rendered: JsonObject = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (isRawParameter(name)) {
      rendered[name] = value;
      continue;
    }
    const result = renderValue(value, variables);
    if (result === undefined) return undefined;
    rendered[name] = result;
  }
  return rendered;
}
