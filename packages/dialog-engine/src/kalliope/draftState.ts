import type { JsonObject, JsonValue } from '../core/json.js';
import type { KalliopeState } from './state.js';

/** A copy through JSON, as the state is stored: `undefined` members dropped, non-finite numbers null, dates strings. */
function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A value JSON gives back unchanged, so it can be shared instead of copied. */
function isPlainScalar(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return true;
  return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0);
}

/** The memory's own copy for a draft: entries JSON would change (objects, lists, odd numbers) go through JSON. */
function draftMemory(memory: JsonObject): JsonObject {
  const copy = { ...memory };
  for (const key of Object.keys(copy)) {
    const value: unknown = copy[key];
    if (isPlainScalar(value)) continue;
    if (value === undefined) delete copy[key];
    else copy[key] = viaJson(value as JsonValue);
  }
  return copy;
}

/**
 * The reducer's working copy of a state: what a step may change in place is its own (the memory object, the runs, the
 * LIFO lists, the request), equal to a JSON copy of `state`, which is not touched. The idle parts of a dialogue (no
 * run, no request: every repeated order) cost no JSON round trip.
 */
export function draftState(state: KalliopeState): KalliopeState {
  return {
    ...state,
    memory: draftMemory(state.memory),
    runs: state.runs.length === 0 ? [] : viaJson(state.runs),
    lifo: state.lifo.length === 0 ? [] : viaJson(state.lifo),
    request: state.request === null ? null : viaJson(state.request),
  };
}

function sameEntries(left: JsonObject, right: JsonObject): boolean {
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && Object.is(left[key], right[key]));
}

/**
 * Gives `next` the memory object of `previous` when the step left its entries as they were, so that a caller comparing
 * dialogues finds the unchanged memory by reference. Neither state is changed in place afterwards (each step drafts
 * its own copy), so sharing it is safe.
 */
export function shareUnchangedMemory(previous: KalliopeState, next: KalliopeState): KalliopeState {
  if (next.memory === previous.memory || !sameEntries(next.memory, previous.memory)) return next;
  return { ...next, memory: previous.memory };
}
