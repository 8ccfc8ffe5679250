import { isJsonObject, type JsonObject, type JsonValue } from '../core/json.js';
import type { ExtractedValue } from './ports.js';
import { findContext } from './contextStore.js';
import type { ActiveContext } from './state.js';

/** Where the values of `$alias`, `#context.param` and `#event.param` come from for one query. */
export interface ReferenceSources {
  /** What the NLU extracted, keyed by alias. */
  readonly extracted: Readonly<Record<string, ExtractedValue>>;
  /** The contexts active while the query is matched. */
  readonly contexts: readonly ActiveContext[];
  /** The event of an event query: its data answers `#<event name>.param`. */
  readonly event?: { readonly name: string; readonly data: JsonObject };
}

const ORIGINAL_SUFFIX = '.original';

export function isEmptyValue(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function fromAlias(alias: string, extracted: ReferenceSources['extracted']): ExtractedValue | undefined {
  if (alias.endsWith(ORIGINAL_SUFFIX)) {
    const found = extracted[alias.slice(0, -ORIGINAL_SUFFIX.length)];
    return found === undefined ? undefined : { value: found.original, original: found.original };
  }
  return extracted[alias];
}

function fromObject(parameters: JsonObject, parameter: string): ExtractedValue | undefined {
  const value = parameters[parameter];
  if (value === undefined) return undefined;
  const original = parameters[`${parameter}${ORIGINAL_SUFFIX}`];
  return { value, original: typeof original === 'string' ? original : formatValue(value) };
}

function fromHash(reference: string, sources: ReferenceSources): ExtractedValue | undefined {
  const dot = reference.indexOf('.');
  if (dot <= 0) return undefined;
  const owner = reference.slice(0, dot);
  const parameter = reference.slice(dot + 1);
  const { event } = sources;
  if (event !== undefined && event.name.toLowerCase() === owner.toLowerCase()) {
    const fromEvent = fromObject(event.data, parameter);
    if (fromEvent !== undefined) return fromEvent;
  }
  const context = findContext(sources.contexts, owner);
  return context === undefined ? undefined : fromObject(context.parameters, parameter);
}

/**
 * Resolves an intent parameter's `value` (or `defaultValue`): `$alias`, `$alias.original`, `#context.param`
 * (docs/protocols/apiai.md §5, §7), `#event.param`, or a literal. `undefined` when the reference has no value.
 */
export function resolveReference(expression: string, sources: ReferenceSources): ExtractedValue | undefined {
  const trimmed = expression.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('$')) return fromAlias(trimmed.slice(1), sources.extracted);
  if (trimmed.startsWith('#')) return fromHash(trimmed.slice(1), sources);
  return { value: trimmed, original: '' };
}

/** How a parameter value reads inside a response text. */
export function formatValue(value: JsonValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (isJsonObject(value)) return Object.values(value).map(formatValue).join(' ');
  return String(value);
}
