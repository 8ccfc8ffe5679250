import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.js';
import { pickVariant } from '../core/pickVariant.js';
import type { KalliopeStepContext } from './kalliopeStepContext.js';
import { renderParameter, renderTemplate, type Rendered } from './renderTemplate.js';
import type { KalliopeState, SynapseRun } from './state.js';
import type { KalliopeEffect } from './kalliopeIo.js';
import { neuronModuleName } from './synapseRuns.js';

/** Variables for `{{ }}` in a neuron's parameters: order parameters, then global variables, then `kalliope_memory`. */
export function templateVariables(run: SynapseRun, state: KalliopeState, ctx: KalliopeStepContext): JsonObject {
  return { ...run.parameters, ...ctx.settings?.variables, kalliope_memory: state.memory };
}

function strings(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * The message of a `say_template` (string or list: one picked at random) or a `file_template` (its content
 * comes from `ctx.templateFiles`), rendered with `variables`; `null` when the neuron has neither. Fails with the
 * reason when the file is missing or the template fails (the neuron is then dropped).
 */
export function templateMessage(parameters: JsonObject, variables: JsonObject, ctx: KalliopeStepContext): Rendered<string | null> {
  const sayTemplates = strings(parameters['say_template']);
  if (sayTemplates.length > 0) return renderTemplate(pickVariant(sayTemplates, ctx.random) ?? '', variables);
  const file = parameters['file_template'];
  if (typeof file === 'string') {
    const content = ctx.templateFiles?.[file];
    return content === undefined ? { ok: false, reason: `file_template ${JSON.stringify(file)} was not loaded` } : renderTemplate(content, variables);
  }
  return { ok: true, value: null };
}

/** The `say` neuron's message: its template, else `message` (a list: one picked at random). */
export function sayMessage(parameters: JsonObject, variables: JsonObject, ctx: KalliopeStepContext): Rendered<string> {
  const fromTemplate = templateMessage(parameters, variables, ctx);
  if (!fromTemplate.ok || fromTemplate.value !== null) return fromTemplate as Rendered<string>;
  const message = pickVariant(strings(parameters['message']), ctx.random);
  return message === undefined ? { ok: false, reason: 'say has no message' } : { ok: true, value: message };
}

/**
 * Stores a neuron's `kalliope_memory: {key: "{{ value }}"}` entries, rendered with `variables`; an entry whose
 * template cannot be rendered is not stored, and its reason is returned.
 */
export function saveToMemory(state: KalliopeState, memoryParameter: JsonValue | undefined, variables: JsonObject): string[] {
  const problems: string[] = [];
  if (!isJsonObject(memoryParameter)) return problems;
  for (const [key, value] of Object.entries(memoryParameter)) {
    const stored: Rendered<JsonValue> = typeof value === 'string' ? renderParameter(value, variables) : { ok: true, value };
    if (stored.ok) state.memory[key] = stored.value;
    else problems.push(`kalliope_memory "${key}" not stored: ${stored.reason}`);
  }
  return problems;
}

/** Lists a neuron that ran in its synapse's report; a generated message becomes `kalliope_last_tts_message` and is spoken unless muted. */
export function reportNeuron(
  state: KalliopeState,
  run: SynapseRun,
  name: string,
  message: string | null,
  effects: KalliopeEffect[],
): void {
  run.neurons.push({ neuron_name: neuronModuleName(name), generated_message: message });
  if (message === null) return;
  state.memory['kalliope_last_tts_message'] = message;
  if (state.request?.mute !== true) effects.push({ kind: 'speak', text: message });
}
