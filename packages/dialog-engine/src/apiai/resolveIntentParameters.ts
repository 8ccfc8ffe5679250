import type { JsonObject, JsonValue } from '../core/json.js';
import type { DialogIntent, IntentParameter } from './agent.js';
import { isEmptyValue, resolveReference, type ReferenceSources } from './resolveReference.js';

export interface ResolvedParameters {
  readonly parameters: JsonObject;
  readonly originals: Readonly<Record<string, string>>;
}

function emptyValue(parameter: IntentParameter): JsonValue {
  return parameter.isList === true ? [] : '';
}

function asDeclared(parameter: IntentParameter, value: JsonValue): JsonValue {
  return parameter.isList === true && !Array.isArray(value) ? [value] : value;
}

/**
 * The values of an intent's parameters for one query: `value` resolved, else `defaultValue`, else empty
 * (`""`, or `[]` for a list). An intent without declared parameters reports what the NLU extracted.
 */
export function resolveIntentParameters(intent: DialogIntent, sources: ReferenceSources): ResolvedParameters {
  const parameters: JsonObject = {};
  const originals: Record<string, string> = {};
  const declared = intent.parameters ?? [];
  if (declared.length === 0) {
    for (const [alias, extracted] of Object.entries(sources.extracted)) {
      parameters[alias] = extracted.value;
      originals[alias] = extracted.original;
    }
    return { parameters, originals };
  }
  for (const parameter of declared) {
    const fromValue = resolveReference(parameter.value ?? `$${parameter.name}`, sources);
    const resolved =
      (fromValue === undefined || isEmptyValue(fromValue.value)) && parameter.defaultValue !== undefined
        ? resolveReference(parameter.defaultValue, sources)
        : fromValue;
    if (resolved === undefined || isEmptyValue(resolved.value)) {
      parameters[parameter.name] = emptyValue(parameter);
      originals[parameter.name] = '';
    } else {
      parameters[parameter.name] = asDeclared(parameter, resolved.value);
      originals[parameter.name] = resolved.original;
    }
  }
  return { parameters, originals };
}

/** Required parameters still without a value, in declared order (the order api.ai prompts in). */
export function missingRequiredParameters(intent: DialogIntent, parameters: JsonObject): IntentParameter[] {
  return (intent.parameters ?? []).filter((parameter) => parameter.required === true && isEmptyValue(parameters[parameter.name]));
}

/** Parameters as contexts carry them: every value plus `<name>.original` (docs/protocols/apiai.md §4, §6). */
export function withOriginals(resolved: ResolvedParameters): JsonObject {
  const result: JsonObject = {};
  for (const [name, value] of Object.entries(resolved.parameters)) {
    result[name] = value;
    result[`${name}.original`] = resolved.originals[name] ?? '';
  }
  return result;
}
