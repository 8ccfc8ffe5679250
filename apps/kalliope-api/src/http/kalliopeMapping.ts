import type { JsonObject, RunResponse } from '@parley/dialog-engine';
import type { KalliopeRunResponse, KalliopeSynapse } from '@parley/protocol-types';
import { findNulCharacter } from '@parley/server-kit';
import type { Synapse } from '../brain/synapse.js';
import { KALLIOPE_ERRORS } from './kalliopeErrors.js';

// Protocol mapping in one place: our brain model → Kalliope JSON, Kalliope request bodies → our values.

/** A synapse as Kalliope releases serialize it: `{name, signals:[{name, parameters}], neurons:[…], enabled}`. */
export function synapseToJson(synapse: Synapse): KalliopeSynapse {
  return {
    name: synapse.name,
    signals: synapse.signals.map((signal) => ({ name: signal.name, parameters: signal.parameters })),
    neurons: synapse.neurons.map((neuron) => ({ name: neuron.name, parameters: neuron.parameters })),
    enabled: synapse.enabled,
  };
}

/** A run's answer as Kalliope sends it (docs/protocols/kalliope.md §5.3). */
export function runResponseJson(response: RunResponse): KalliopeRunResponse {
  return {
    matched_synapses: response.matched_synapses.map((synapse) => ({
      synapse_name: synapse.synapse_name,
      matched_order: synapse.matched_order,
      neuron_module_list: synapse.neuron_module_list.map((neuron) => ({ neuron_name: neuron.neuron_name, generated_message: neuron.generated_message })),
    })),
    status: response.status,
    user_order: response.user_order,
  };
}

/** Kalliope's flags (`no_voice`, `mute`, `deaf`): true, "true", "True", "1" and 1 are true; anything else false. */
export function parseFlag(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === 'True' || value === '1';
}

/** The call's "do not speak" flag: `no_voice` (0.5) or `mute` (0.7). */
export function muteFlag(body: Readonly<Record<string, unknown>>): boolean {
  return parseFlag(body['no_voice']) || parseFlag(body['mute']);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(raw: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw KALLIOPE_ERRORS.badJson();
  }
  refuseNulInJson(value, raw);
  return value;
}

/** A U+0000 anywhere in a parsed request part is a 400 in Kalliope's error shape (storage cannot hold it). */
export function refuseNulCharacter(value: unknown, root: string): void {
  const where = findNulCharacter(value, root);
  if (where !== undefined) throw KALLIOPE_ERRORS.nulCharacter(where);
}

/**
 * {@link refuseNulCharacter} for a body parsed from the JSON text `raw`. JSON has no raw control characters in its
 * strings, so a U+0000 in the value was written `\u0000`: a text without that escape is not searched.
 */
function refuseNulInJson(value: unknown, raw: string): void {
  if (raw.includes('\\u0000')) refuseNulCharacter(value, 'body');
}

/**
 * {@link refuseNulCharacter} for the path parameters and the query of a request: both are decoded from its URL, where
 * a U+0000 is `%00` (or the character itself, which an injected request can carry): a URL without either is not searched.
 */
export function refuseNulInUrl(url: string, params: unknown, query: unknown): void {
  if (!url.includes('%00') && !url.includes('\u0000')) return;
  refuseNulCharacter(params, 'path');
  refuseNulCharacter(query, 'query');
}

/**
 * Flask's `request.get_json()`: the body must be declared `application/json` (else an HTML 400) and be valid JSON.
 * A JSON value that is not an object reads as an empty object.
 */
export function readJsonBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (!/^application\/(.+\+)?json\b/i.test(contentType ?? '')) throw KALLIOPE_ERRORS.notJson();
  const value = parseJson(raw);
  return isObject(value) ? value : {};
}

/** `start/id` reads its optional JSON body whatever the content type; an empty or invalid body means no options. */
export function readOptionalJsonBody(raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  refuseNulInJson(value, raw);
  return isObject(value) ? value : {};
}

/** `start/id`'s `parameters`: values for the neurons' `{{ }}` (parsed JSON, so JSON values); anything else is none. */
export function runParameters(body: Readonly<Record<string, unknown>>): JsonObject {
  const parameters = body['parameters'];
  return isObject(parameters) ? (parameters as JsonObject) : {};
}
