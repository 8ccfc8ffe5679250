// Equality, ordering and stable keys of runtime values (the semantics of ThingTalk's `==`, `<=`, sort).
import {
  isCurrency,
  isEntity,
  isLocation,
  isTime,
  type Row,
  type RuntimeValue,
} from './values.js';

/** A canonical string for a value: two values are `==` exactly when their keys are equal. */
export function valueKey(value: RuntimeValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return `s:${value}`;
  if (typeof value === 'number') return `n:${value}`;
  if (typeof value === 'boolean') return `b:${value}`;
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (Array.isArray(value)) return `[${value.map((item: RuntimeValue) => valueKey(item)).join(',')}]`;
  if (isEntity(value)) return `s:${value.value}`;
  if (isLocation(value)) return `l:${value.latitude.toFixed(5)},${value.longitude.toFixed(5)}`;
  if (isTime(value)) return `t:${value.hour}:${value.minute}:${value.second}`;
  if (isCurrency(value)) return `c:${value.value}${value.code.toLowerCase()}`;
  return 'null';
}

export function valuesEqual(a: RuntimeValue | undefined, b: RuntimeValue | undefined): boolean {
  return valueKey(a) === valueKey(b);
}

/** The number a value orders by, or null when it has none (strings order as text). */
function orderingNumber(value: RuntimeValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (isTime(value)) return value.hour * 3600 + value.minute * 60 + value.second;
  if (isCurrency(value)) return value.value;
  return null;
}

/** Total order used by comparisons and `sort`: negative, zero or positive. Nulls sort first. */
export function compareValues(a: RuntimeValue | undefined, b: RuntimeValue | undefined): number {
  const aNull = a === undefined || a === null;
  const bNull = b === undefined || b === null;
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? -1 : 1;
  const x = orderingNumber(a);
  const y = orderingNumber(b);
  if (x !== null && y !== null) return x - y;
  const left = textOf(a);
  const right = textOf(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The plain text of a value, used by the string operators (`=~`, starts_with, …). */
export function textOf(value: RuntimeValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (isEntity(value)) return value.value;
  if (isLocation(value)) return value.display ?? `${value.latitude},${value.longitude}`;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item: RuntimeValue) => textOf(item)).join(', ');
  return String(valueKey(value).slice(2));
}

/** A short stable hash of a row restricted to `fields` (all fields when null): the monitor's change detector. */
export function rowHash(row: Row, fields: readonly string[] | null): string {
  const names = (fields ?? Object.keys(row)).filter((name) => !name.startsWith('__')).sort();
  const text = names.map((name) => `${name}=${valueKey(row[name])}`).join('\u0000');
  return fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(text, 0x01000193).toString(16).padStart(8, '0');
}

// FNV-1a over UTF-16 code units, 32 bits; two seeds give a 64-bit key.
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
