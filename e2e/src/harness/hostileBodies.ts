// fast-check arbitraries for hostile request bodies, built around a valid example body of the endpoint: anything
// JSON, the example with one field wrongly typed, oversized or deeply nested, broken JSON, prototype-polluting keys.
import fc from 'fast-check';
import { injectionBody } from './injections.js';

export interface RawBody {
  /** What the fuzzer tried, for the failure message. */
  kind: string;
  /**
   * For a variant of one field: `<field>:wrong`, `<field>:long`, `<field>:nested`, `<field>:control` or
   * `<field>:duplicate` (`?<param>:…` for a query parameter), the names known issues are listed by.
   */
  variant?: string;
  contentType: string;
  payload: string;
}

const json = (kind: string, value: unknown): RawBody => ({ kind, contentType: 'application/json', payload: JSON.stringify(value) });

/** `[[[…]]]` or `{"a":{"a":…}}` nested `depth` times, as JSON text (JSON.stringify itself would overflow). */
export function nestedJson(depth: number, shape: 'array' | 'object'): string {
  return shape === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The JSON text of `example` with the value at `key` (top level, or of its first element) replaced by raw JSON. */
function withRawField(example: unknown, key: string, raw: string): string {
  const marker = '"__e2e_raw__"';
  const target = Array.isArray(example) ? [{ ...(example[0] as object), [key]: '__e2e_raw__' }, ...example.slice(1)] : { ...(example as object), [key]: '__e2e_raw__' };
  return JSON.stringify(target).replace(marker, raw);
}

function keysOf(example: unknown): string[] {
  const record = Array.isArray(example) ? example[0] : example;
  return typeof record === 'object' && record !== null ? Object.keys(record) : ['value'];
}

const wrongValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0.5, '', ' ', [], {}, [null], { '': null }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export interface HostileOptions {
  /** Field variants (`sessionId:long`, `parameters:nested`) left out until their owners fix them. */
  knownIssues?: readonly string[];
  /** Also control characters at a random spot of a field (see injections.ts); each app's tests opt in. */
  injections?: boolean;
}

export function hostileBody(example: unknown, { knownIssues = [], injections = false }: HostileOptions = {}): fc.Arbitrary<RawBody> {
  const keys = fc.constantFrom(...keysOf(example));
  const text = JSON.stringify(example);
  return fc.oneof<fc.Arbitrary<RawBody>[]>(
    ...(injections ? [injectionBody(example)] : []),
    fc.jsonValue({ maxDepth: 4 }).map((value) => json('any JSON', value)),
    fc.tuple(keys, wrongValue).map(([key, value]) => ({
      kind: `${key} wrongly typed`,
      variant: `${key}:wrong`,
      contentType: 'application/json',
      payload: withRawField(example, key, JSON.stringify(value)),
    })),
    fc.tuple(keys, fc.integer({ min: 1_000, max: 300_000 })).map(([key, length]) => ({
      kind: `${key} a ${length}-character string`,
      variant: `${key}:long`,
      contentType: 'application/json',
      payload: withRawField(example, key, JSON.stringify('word '.repeat(length / 5))),
    })),
    fc.tuple(keys, fc.integer({ min: 100, max: 100_000 }), fc.constantFrom('array' as const, 'object' as const)).map(([key, depth, shape]) => ({
      kind: `${key} nested ${depth} deep (${shape})`,
      variant: `${key}:nested`,
      contentType: 'application/json',
      payload: withRawField(example, key, nestedJson(depth, shape)),
    })),
    fc.integer({ min: 1, max: text.length - 1 }).map((cut) => ({ kind: `truncated at ${cut}`, contentType: 'application/json', payload: text.slice(0, cut) })),
    fc.string({ unit: 'binary', maxLength: 200 }).map((payload) => ({ kind: 'random text', contentType: 'application/json', payload })),
    fc.constantFrom(
      { kind: 'prototype pollution', contentType: 'application/json', payload: `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}` },
      { kind: 'form body', contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b[]=2&__proto__[x]=1' },
      { kind: 'xml', contentType: 'application/xml', payload: '<?xml version="1.0"?><a>1</a>' },
      { kind: 'empty', contentType: 'application/json', payload: '' },
      { kind: 'null', contentType: 'application/json', payload: 'null' },
      { kind: 'lone surrogate', contentType: 'application/json', payload: '{"x":"\\ud800"}' },
      { kind: 'NUL character', contentType: 'application/json', payload: '{"x":"a\\u0000b"}' },
    ),
    fc.constantFrom('array' as const, 'object' as const).map((shape) => ({ kind: `whole body nested (${shape})`, contentType: 'application/json', payload: nestedJson(100_000, shape) })),
  ).filter((body) => body.variant === undefined || !knownIssues.includes(body.variant));
}

