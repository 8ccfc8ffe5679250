import type { InputParam, Table, Value } from '../ast/index.js';
import { checkInvocation } from '../typecheck/invocations.js';
import { mergeScopes } from '../typecheck/scope.js';
import type { Scope } from '../typecheck/scope.js';
import { checkTable } from '../typecheck/tables.js';
import { filterToNN } from './filterToNN.js';
import { invocationToNN } from './invocationToNN.js';
import type { NNWriter } from './nnWriter.js';
import { paramToken, unsynthesizable } from './nnWriter.js';
import { valueToNN } from './valueToNN.js';

/** The parameters of a table's results. */
export function scopeOf(w: NNWriter, t: Table, vars: Scope = w.globals): Scope {
  return checkTable(w.check, t, vars, []).scope;
}

/** `[ param:a:T , param:b:T ]` sorted by name (a single name without brackets when `bare`). */
export function paramListToNN(w: NNWriter, names: readonly string[], scope: Scope): string[] {
  return [...names].sort().flatMap((name, i) => [...(i > 0 ? [','] : []), paramToken(w, name, scope.get(name)?.type)]);
}

/** `on param:p:T = v` for each parameter of a join, sorted by name. */
export function joinParamsToNN(w: NNWriter, params: readonly InputParam[], rhsScope: Scope, lhsScope: Scope): string[] {
  return [...params]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((p) => ['on', paramToken(w, p.name, rhsScope.get(p.name)?.type), '=', ...valueToNN(w, p.value, lhsScope)]);
}

/** `compute expr of`: constants are parenthesized to avoid ambiguity. */
export function computeToNN(w: NNWriter, expression: Value, scope: Scope, alias: string | null): string[] {
  if (alias !== null) unsynthesizable('compute with an alias');
  const expr = valueToNN(w, expression, scope);
  return ['compute', ...(expression.type === 'VarRef' || expression.type === 'Computation' ? expr : ['(', ...expr, ')']), 'of'];
}

/** A query in NN syntax: `@kind.fn param:… = …`, `( T ) filter …`, `aggregate count of ( T )`, … */
export function tableToNN(w: NNWriter, t: Table, vars: Scope = w.globals): string[] {
  const sub = (table: Table): string[] => ['(', ...tableToNN(w, table, vars), ')'];
  switch (t.type) {
    case 'Invocation': {
      const checked = checkInvocation(w.check, t.invocation, 'query', vars, []);
      return invocationToNN(w, checked.invocation, checked.fn);
    }
    case 'Filter': {
      const filter = filterToNN(w, t.filter, scopeOf(w, t.table, vars), vars);
      return filter.length > 0 ? [...sub(t.table), 'filter', ...filter] : tableToNN(w, t.table, vars);
    }
    case 'Projection':
      return ['[', ...paramListToNN(w, t.args, scopeOf(w, t.table, vars)), ']', 'of', ...sub(t.table)];
    case 'Compute':
      return [...computeToNN(w, t.expression, scopeOf(w, t.table, vars), t.alias), ...sub(t.table)];
    case 'Aggregation':
      if (t.alias !== null) unsynthesizable('aggregation with an alias');
      if (t.operator === 'count' && t.field === '*') return ['aggregate', 'count', 'of', ...sub(t.table)];
      return ['aggregate', t.operator, paramToken(w, t.field, scopeOf(w, t.table, vars).get(t.field)?.type), 'of', ...sub(t.table)];
    case 'Sort':
      return ['sort', paramToken(w, t.field, scopeOf(w, t.table, vars).get(t.field)?.type), t.direction, 'of', ...sub(t.table)];
    case 'Index':
      return [...sub(t.table), ...valueToNN(w, { type: 'Array', value: t.indices }, vars)];
    case 'Slice':
      return [...sub(t.table), '[', ...valueToNN(w, t.base, vars), ':', ...valueToNN(w, t.limit, vars), ']'];
    case 'Join': {
      const lhsScope = mergeScopes(vars, scopeOf(w, t.lhs, vars));
      const rhsScope = checkTable(w.check, t.rhs, lhsScope, [], new Set(t.inParams.map((p) => p.name))).scope;
      return [...sub(t.lhs), 'join', '(', ...tableToNN(w, t.rhs, lhsScope), ')', ...joinParamsToNN(w, t.inParams, rhsScope, lhsScope)];
    }
    case 'VarRef':
      return unsynthesizable(`call of the declared query ${t.name}`);
    case 'Alias':
      return unsynthesizable(`alias ${t.name}`);
  }
}
