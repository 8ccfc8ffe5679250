import type { Value } from '@parley/thingtalk';

/** A copy of a ThingTalk AST node with each variable reference `{type: 'VarRef', name}` in `values` replaced. */
export function substituteVarRefs<T>(node: T, values: ReadonlyMap<string, Value>): T {
  return substitute(node, values) as T;
}

function substitute(node: unknown, values: ReadonlyMap<string, Value>): unknown {
  if (Array.isArray(node)) return node.map((item) => substitute(item, values));
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  if (record['type'] === 'VarRef' && Object.keys(record).length === 2 && typeof record['name'] === 'string') {
    return values.get(record['name']) ?? node;
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, substitute(value, values)]));
}
