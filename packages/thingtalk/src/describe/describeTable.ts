// Queries in English (TT `describe.js` describeTable, 1.10 wording), including the argmin/argmax readings of
// `(sort f asc of T)[1]` and `[1 : n]`.
import type { InputParam, Table, Value } from '../ast/index.js';
import { cleanName } from './cleanName.js';
import { argumentCanonical, type DescribeContext } from './describeContext.js';
import { describeInvocation } from './describeInvocation.js';
import { describeFilteredTable } from './describeFilteredTable.js';
import { tableSignature } from './tableSignature.js';
import { describeValue } from './describeValue.js';
import { listOf } from './listOf.js';

function numberValue(value: Value): number | null {
  return value.type === 'Number' ? value.value : null;
}

const AGGREGATIONS: Readonly<Record<string, (field: string, table: string) => string>> = {
  avg: (field, table) => `the average ${field} in ${table}`,
  min: (field, table) => `the minimum ${field} in ${table}`,
  max: (field, table) => `the maximum ${field} in ${table}`,
  sum: (field, table) => `the sum of the ${field} in ${table}`,
  count: (field, table) => `the number of ${field}s in ${table}`,
};

const ORDINAL_WORDS: Readonly<Record<number, string>> = { 1: 'first', 2: 'second', 3: 'third' };
const ENGLISH_ORDINALS = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** `first`, `second`, `third`, `4th`, `21st`; `last`, `second to last`, `3rd last` for negative indices. */
function ordinal(index: number): string {
  const n = Math.abs(index);
  if (index < 0 && n === 1) return 'last';
  if (index < 0 && n === 2) return 'second to last';
  const word = index > 0 ? ORDINAL_WORDS[n] : undefined;
  const text = word ?? `${n}${ORDINAL_SUFFIXES[ENGLISH_ORDINALS.select(n)] ?? 'th'}`;
  return index < 0 ? `${text} last` : text;
}

function paramsOf(ctx: DescribeContext, table: Table, params: readonly InputParam[]): InputParam[] {
  const args = tableSignature(ctx, table).args;
  return params.filter((param) => args.get(param.name)?.direction.startsWith('in') === true);
}

export function describeTable(ctx: DescribeContext, table: Table, extraInParams: readonly InputParam[] = []): string {
  const value = (v: Value): string => describeValue(v, {}, ctx.options);
  const canonical = (field: string): string => argumentCanonical(tableSignature(ctx, table).args, field);
  switch (table.type) {
    case 'Invocation':
      return describeInvocation(ctx, table.invocation, {}, extraInParams, 'query');
    case 'VarRef':
      return cleanName(table.name);
    case 'Alias':
      return describeTable(ctx, table.table, extraInParams);
    case 'Filter':
      return describeFilteredTable(ctx, table, extraInParams);
    case 'Projection':
      return `the ${listOf(table.args.map(canonical))} of ${describeTable(ctx, table.table, extraInParams)}`;
    case 'Compute':
      return `${describeTable(ctx, table.table, extraInParams)} and ${value(table.expression)}`;
    case 'Aggregation': {
      const inner = describeTable(ctx, table.table, extraInParams);
      if (table.field === '*') return `the number of ${inner}`;
      const phrase = AGGREGATIONS[table.operator];
      if (phrase === undefined) throw new TypeError(`Invalid aggregation ${table.operator}`);
      return phrase(canonical(table.field), inner);
    }
    case 'Sort':
      return `the ${describeTable(ctx, table.table, extraInParams)} sorted by ${table.direction === 'asc' ? 'increasing' : 'decreasing'} ${canonical(table.field)}`;
    case 'Index': {
      const [only] = table.indices;
      const index = table.indices.length === 1 && only !== undefined ? numberValue(only) : null;
      if (table.table.type === 'Sort' && (index === 1 || index === -1)) {
        const sorted = table.table;
        const minimum = (index === 1) === (sorted.direction === 'asc');
        return `the ${describeTable(ctx, sorted.table, extraInParams)} with the ${minimum ? 'minimum' : 'maximum'} ${canonical(sorted.field)}`;
      }
      const inner = describeTable(ctx, table.table, extraInParams);
      if (table.indices.length === 1 && only !== undefined) {
        return index === null ? `the ${inner} with index ${value(only)}` : `the ${ordinal(index)} ${inner}`;
      }
      return `elements ${listOf(table.indices.map(value))} of the ${inner}`;
    }
    case 'Slice': {
      const base = numberValue(table.base);
      const limit = value(table.limit);
      if (table.table.type === 'Sort' && (base === 1 || base === -1)) {
        const sorted = table.table;
        const minimum = (base === 1) === (sorted.direction === 'asc');
        return `the ${limit} ${describeTable(ctx, sorted.table, extraInParams)} with the ${minimum ? 'minimum' : 'maximum'} ${canonical(sorted.field)}`;
      }
      const inner = describeTable(ctx, table.table, extraInParams);
      if (base === 1) return `the first ${limit} ${inner}`;
      if (base === -1) return `the last ${limit} ${inner}`;
      return `${limit} elements starting from ${value(table.base)} of the ${inner}`;
    }
    case 'Join':
      return `${describeTable(ctx, table.lhs, paramsOf(ctx, table.lhs, extraInParams))} and ${describeTable(ctx, table.rhs, [...paramsOf(ctx, table.rhs, extraInParams), ...table.inParams])}`;
  }
}
