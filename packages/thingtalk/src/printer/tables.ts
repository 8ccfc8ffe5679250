import type { Table } from '../ast/index.js';
import { printInputParams, printInvocation, printJoinParams } from './invocations.js';
import { printPredicate } from './predicates.js';
import { printScalar, printValue } from './values.js';

const alias = (name: string | null): string => (name !== null ? `as ${name} ` : '');

/** The canonical form of a query; operands of table operators are always parenthesized. */
export function printTable(t: Table): string {
  switch (t.type) {
    case 'Invocation':
      return printInvocation(t.invocation);
    case 'VarRef':
      return `${t.name}${printInputParams(t.inParams)}`;
    case 'Filter':
      return `(${printTable(t.table)}), ${printPredicate(t.filter)}`;
    case 'Projection':
      return `[${t.args.join(', ')}] of (${printTable(t.table)})`;
    case 'Compute':
      return `compute (${printScalar(t.expression)}) ${alias(t.alias)}of (${printTable(t.table)})`;
    case 'Aggregation':
      return t.operator === 'count' && t.field === '*'
        ? `aggregate count ${alias(t.alias)}of (${printTable(t.table)})`
        : `aggregate ${t.operator} ${t.field} ${alias(t.alias)}of (${printTable(t.table)})`;
    case 'Sort':
      return `sort ${t.field} ${t.direction} of (${printTable(t.table)})`;
    case 'Index':
      return `(${printTable(t.table)})[${t.indices.map(printValue).join(', ')}]`;
    case 'Slice':
      return `(${printTable(t.table)})[${printValue(t.base)} : ${printValue(t.limit)}]`;
    case 'Join':
      return `(${printTable(t.lhs)} join ${printTable(t.rhs)}${printJoinParams(t.inParams)})`;
    case 'Alias':
      return `(${printTable(t.table)}) as ${t.name}`;
  }
}
