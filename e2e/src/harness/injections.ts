// Injection variants of a valid request, opted into per app (`injections: true` in fuzzEndpoint's options): NUL
// bytes and control characters inside every string (and object key) of every fuzzed field and query parameter, and
// duplicate parameters (`a=1&a=2` in the query string and in a form body, a JSON key given twice).
import fc from 'fast-check';
import type { RawBody } from './hostileBodies.js';

/** NUL, tab, newline, carriage return, escape, DEL, NEL and U+2028 (a line break for JavaScript and JSON readers). */
export const controlCharacters = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028'] as const;

const charName = (char: string): string => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with `char` in its middle. */
export function withControl(text: string, char: string): string {
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, middle)}${char}${text.slice(middle)}`;
}

/** The record whose fields are fuzzed: the example itself, or its first element when it is an array. */
function recordOf(example: unknown): Record<string, unknown> | undefined {
  const record = Array.isArray(example) ? example[0] : example;
  return typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as Record<string, unknown>) : undefined;
}

/** `example` with its record replaced by `record` (the first element of an array example). */
function withRecord(example: unknown, record: Record<string, unknown>): unknown {
  return Array.isArray(example) ? [record, ...example.slice(1)] : record;
}

/** A place inside a field's value where a string can carry a control character: a string or number leaf, or a key. */
interface Spot {
  /** e.g. `contexts[0].name`, `parameters{size}` for a key. */
  label: string;
  /** The field's value with `char` injected at this spot. */
  inject: (char: string) => unknown;
}

function spotsOf(value: unknown, label: string, rebuild: (value: unknown) => unknown): Spot[] {
  if (typeof value === 'string') return [{ label, inject: (char) => rebuild(withControl(value, char)) }];
  if (typeof value === 'number') return [{ label, inject: (char) => rebuild(withControl(String(value), char)) }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => spotsOf(item, `${label}[${index}]`, (changed) => rebuild(value.map((old, at) => (at === index ? changed : old)))));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.flatMap(([key, item]) => [
      { label: `${label}{${key}}`, inject: (char: string) => rebuild(Object.fromEntries(entries.map(([k, v]) => [k === key ? withControl(key, char) : k, v]))) },
      ...spotsOf(item, `${label}.${key}`, (changed) => rebuild({ ...value, [key]: changed })),
    ]);
  }
  return [];
}

/** Every spot of every field of the example's record, with the field it belongs to. */
function fieldSpots(example: unknown): { field: string; spot: Spot }[] {
  const record = recordOf(example);
  if (record === undefined) return spotsOf(example, 'value', (changed) => changed).map((spot) => ({ field: 'value', spot }));
  return Object.entries(record).flatMap(([field, value]) =>
    spotsOf(value, field, (changed) => withRecord(example, { ...record, [field]: changed })).map((spot) => ({ field, spot })),
  );
}

const jsonBody = (kind: string, variant: string, value: unknown): RawBody => ({ kind, variant, contentType: 'application/json', payload: JSON.stringify(value) });

/** The example's JSON text with `field` given twice (first `first`, last `last`, both raw JSON). */
function duplicatedKey(example: unknown, field: string, first: string, last: string): string {
  const record = recordOf(example) ?? {};
  const inner = JSON.stringify({ ...record, [field]: '__e2e_first__' }).replace('"__e2e_first__"', first).replace(/}$/, `,${JSON.stringify(field)}:${last}}`);
  return Array.isArray(example) ? `[${[inner, ...example.slice(1).map((item) => JSON.stringify(item))].join(',')}]` : inner;
}

/** `key=value&…` of the example's record, non-strings as JSON, with `extra` pairs appended. */
function formOf(example: unknown, extra: [string, string][] = [], replace?: [string, string]): string {
  const pairs = Object.entries(recordOf(example) ?? {}).map(([key, value]): [string, string] => [
    key,
    replace !== undefined && replace[0] === key ? replace[1] : typeof value === 'string' ? value : JSON.stringify(value),
  ]);
  return new URLSearchParams([...pairs, ...extra]).toString();
}

const form = (kind: string, variant: string, payload: string): RawBody => ({ kind, variant, contentType: 'application/x-www-form-urlencoded', payload });

/**
 * The deterministic sweep over a body: a NUL byte at every spot of every field, every control character at the first
 * spot of each field, every field duplicated as a JSON key (same value; a NUL string first; a NUL string last) and
 * as a form field (`a=1&a=2`, and a NUL byte in a form value).
 */
export function injectedBodies(example: unknown): RawBody[] {
  const all = fieldSpots(example);
  const firstOfField = all.filter(({ field }, index) => all.findIndex((other) => other.field === field) === index);
  const spots = [
    ...all.map(({ field, spot }) => jsonBody(`U+0000 in ${spot.label}`, `${field}:control`, spot.inject('\u0000'))),
    ...firstOfField.flatMap(({ field, spot }) =>
      controlCharacters.slice(1).map((char) => jsonBody(`${charName(char)} in ${spot.label}`, `${field}:control`, spot.inject(char))),
    ),
  ];
  const record = recordOf(example);
  if (record === undefined) return spots;
  const duplicates = Object.entries(record).flatMap(([field, value]) => {
    const raw = JSON.stringify(value);
    const nul = JSON.stringify(withControl(typeof value === 'string' ? value : 'x', '\u0000'));
    const formValue = typeof value === 'string' ? value : JSON.stringify(value);
    return [
      { kind: `JSON key ${field} twice`, variant: `${field}:duplicate`, contentType: 'application/json', payload: duplicatedKey(example, field, raw, raw) },
      { kind: `JSON key ${field} twice, NUL first`, variant: `${field}:duplicate`, contentType: 'application/json', payload: duplicatedKey(example, field, nul, raw) },
      { kind: `JSON key ${field} twice, NUL last`, variant: `${field}:duplicate`, contentType: 'application/json', payload: duplicatedKey(example, field, raw, nul) },
      form(`form field ${field} twice`, `${field}:duplicate`, formOf(example, [[field, `${formValue}2`]])),
      form(`form field ${field} with NUL`, `${field}:control`, formOf(example, [], [field, withControl(formValue, '\u0000')])),
    ];
  });
  return [...spots, ...duplicates];
}

/** A request of the sweep: the path (with its query string) and the body, if any. */
export interface InjectedRequest {
  kind: string;
  variant: string;
  path: string;
  body?: RawBody;
}

/**
 * The deterministic sweep over a path: each of its `segments` (path parameters such as a context name) and each
 * query parameter with every control character (percent-encoded), each query parameter given twice (same value, and
 * a different one).
 */
export function injectedPaths(path: string, segments: readonly string[] = []): Omit<InjectedRequest, 'body'>[] {
  const [route = '', query] = path.split('?');
  const suffix = query === undefined ? '' : `?${query}`;
  const inSegments = segments.flatMap((segment) =>
    controlCharacters.map((char) => ({
      kind: `${charName(char)} in path segment ${segment}`,
      variant: `/${segment}:control`,
      path: `${route.split('/').map((part) => (part === segment ? encodeURIComponent(withControl(segment, char)) : part)).join('/')}${suffix}`,
    })),
  );
  if (query === undefined) return inSegments;
  const pairs = [...new URLSearchParams(query)];
  const build = (changed: [string, string][]) => `${route}?${new URLSearchParams(changed).toString()}`;
  return [...inSegments, ...pairs.flatMap(([name, value], index) => [
    ...controlCharacters.map((char) => ({
      kind: `${charName(char)} in query parameter ${name}`,
      variant: `?${name}:control`,
      path: build(pairs.map((pair, at): [string, string] => (at === index ? [name, withControl(value, char)] : pair))),
    })),
    { kind: `query parameter ${name} twice`, variant: `?${name}:duplicate`, path: build([...pairs, [name, value]]) },
    { kind: `query parameter ${name} twice, different`, variant: `?${name}:duplicate`, path: build([...pairs, [name, `${value}-2`]]) },
  ])];
}

/** Random injection variants, mixed into `hostileBody`'s when opted in: a control character at a random spot. */
export function injectionBody(example: unknown): fc.Arbitrary<RawBody> {
  const spots = fieldSpots(example);
  if (spots.length === 0) return fc.constant(jsonBody('NUL body', 'value:control', '\u0000'));
  return fc.tuple(fc.constantFrom(...spots), fc.constantFrom(...controlCharacters)).map(([{ field, spot }, char]) =>
    jsonBody(`${charName(char)} in ${spot.label}`, `${field}:control`, spot.inject(char)),
  );
}
