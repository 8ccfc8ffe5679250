// The `#_[formatted=[…]]` annotation of a function, as plain data: strings and `{type, …}` objects.
import type { FunctionDef, Value } from '../ast/index.js';

export type FormatSpecEntry = string | { readonly type: string; readonly [field: string]: string | number };

export type FormatSpec = readonly FormatSpecEntry[];

function toPlain(value: Value): string | number | null {
  if (value.type === 'String' || value.type === 'Enum') return value.value;
  if (value.type === 'Number') return value.value;
  if (value.type === 'Boolean') return String(value.value);
  return null;
}

function toEntry(value: Value): FormatSpecEntry | null {
  if (value.type === 'String') return value.value;
  if (value.type !== 'Object') return null;
  const fields: Record<string, string | number> = {};
  for (const [name, field] of Object.entries(value.value)) {
    const plain = toPlain(field);
    if (plain !== null) fields[name] = plain;
  }
  const type = fields['type'];
  return typeof type === 'string' ? { ...fields, type } : null;
}

/** The format specification of a function; empty when it has none (the formatter then falls back). */
export function formatSpecOf(fn: FunctionDef | undefined): FormatSpec {
  const annotation = fn?.annotations.nl['formatted'];
  if (annotation === undefined) return [];
  const values = annotation.type === 'Array' ? annotation.value : [annotation];
  return values.map(toEntry).filter((entry): entry is FormatSpecEntry => entry !== null);
}
