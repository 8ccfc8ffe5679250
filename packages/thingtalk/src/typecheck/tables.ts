import type { InputParam, Table, TypeRef } from '../ast/index.js';
import { printType } from '../printer/types.js';
import { isNumeric, isOrdered, isSortable } from './assignable.js';
import type { CheckContext } from './context.js';
import { checkDeclaredCall } from './declaredCall.js';
import { checkInvocation } from './invocations.js';
import { checkPredicate } from './predicates.js';
import { localParam, mergeScopes } from './scope.js';
import type { Scope, ScopeParam } from './scope.js';
import { computedName, checkOperatorValue, projectScope } from './tableOperators.js';
import { typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';
import type { SlotPath } from './slots.js';

interface CheckedTable {
  readonly table: Table;
  /** The parameters of the results (inputs and outputs of the functions, computed values). */
  readonly scope: Scope;
  readonly monitorable: boolean;
}

function fieldOf(scope: Scope, field: string, what: string): ScopeParam {
  const param = scope.get(field);
  if (param === undefined) typeError(`Invalid field ${field} in ${what}`);
  return param;
}

function aggregationType(operator: string, field: string, param: ScopeParam): TypeRef {
  const ok = operator === 'max' || operator === 'min' ? isOrdered(param.type) : operator === 'sum' || operator === 'avg' ? isNumeric(param.type) : false;
  if (!ok) typeError(`Cannot compute ${operator} of ${field} of type ${printType(param.type)}`);
  return param.type;
}

/**
 * Checks a query. `vars` are the parameters it may refer to (earlier results, lambda arguments);
 * `provided` names the inputs a join's `on (…)` supplies.
 */
export function checkTable(
  ctx: CheckContext,
  t: Table,
  vars: Scope,
  path: SlotPath,
  provided: ReadonlySet<string> = new Set(),
): CheckedTable {
  const inner = (table: Table, key = 'table'): CheckedTable => checkTable(ctx, table, vars, [...path, key], provided);
  switch (t.type) {
    case 'Invocation': {
      const checked = checkInvocation(ctx, t.invocation, 'query', vars, [...path, 'invocation'], provided);
      return { table: { ...t, invocation: checked.invocation }, scope: checked.scope, monitorable: checked.fn.isMonitorable };
    }
    case 'VarRef': {
      const call = checkDeclaredCall(ctx, t.name, ['query'], t.inParams, vars, path);
      return { table: { ...t, inParams: call.inParams }, scope: call.scope, monitorable: call.declaration.monitorable };
    }
    case 'Filter': {
      const operand = inner(t.table);
      const filter = checkPredicate(ctx, t.filter, operand.scope, vars, [...path, 'filter']);
      return { ...operand, table: { ...t, table: operand.table, filter } };
    }
    case 'Projection': {
      const operand = inner(t.table);
      return { ...operand, table: { ...t, table: operand.table }, scope: projectScope(operand.scope, t.args) };
    }
    case 'Compute': {
      const operand = inner(t.table);
      const type = typeOfValue(t.expression, mergeScopes(vars, operand.scope));
      const name = t.alias ?? computedName(t.expression);
      return { ...operand, table: { ...t, table: operand.table }, scope: mergeScopes(operand.scope, new Map([[name, localParam(name, type)]])) };
    }
    case 'Aggregation': {
      const operand = inner(t.table);
      let name = t.alias ?? t.field;
      let type: TypeRef = { kind: 'Number' };
      if (t.operator === 'count') {
        if (t.field !== '*') fieldOf(operand.scope, t.field, 'aggregation');
        name = t.alias ?? 'count';
      } else {
        type = aggregationType(t.operator, t.field, fieldOf(operand.scope, t.field, 'aggregation'));
      }
      return { table: { ...t, table: operand.table }, scope: new Map([[name, localParam(name, type)]]), monitorable: operand.monitorable };
    }
    case 'Sort': {
      const operand = inner(t.table);
      const param = fieldOf(operand.scope, t.field, 'sort');
      if (!isSortable(param.type)) typeError(`Cannot sort by ${t.field} of type ${printType(param.type)}`);
      return { ...operand, table: { ...t, table: operand.table } };
    }
    case 'Index': {
      const operand = inner(t.table);
      // a single array of numbers selects several rows (thingtalk 1.x), e.g. a lambda argument `p_indices`
      const [only] = t.indices;
      const indexType: TypeRef =
        t.indices.length === 1 && only !== undefined && typeOfValue(only, vars).kind === 'Array'
          ? { kind: 'Array', elem: { kind: 'Number' } }
          : { kind: 'Number' };
      t.indices.forEach((index, i) => checkOperatorValue(ctx, index, indexType, 'index', vars, [...path, 'indices', i]));
      return { ...operand, table: { ...t, table: operand.table } };
    }
    case 'Slice': {
      const operand = inner(t.table);
      checkOperatorValue(ctx, t.base, { kind: 'Number' }, 'base', vars, [...path, 'base']);
      checkOperatorValue(ctx, t.limit, { kind: 'Number' }, 'limit', vars, [...path, 'limit']);
      return { ...operand, table: { ...t, table: operand.table } };
    }
    case 'Join': {
      const lhs = checkTable(ctx, t.lhs, vars, [...path, 'lhs'], provided);
      const joinVars = mergeScopes(vars, lhs.scope);
      const onNames = new Set(t.inParams.map((p: InputParam) => p.name));
      const rhs = checkTable(ctx, t.rhs, joinVars, [...path, 'rhs'], onNames);
      checkJoinParams(t.inParams, rhs.scope, joinVars);
      return {
        table: { ...t, lhs: lhs.table, rhs: rhs.table },
        scope: mergeScopes(lhs.scope, rhs.scope),
        monitorable: lhs.monitorable && rhs.monitorable,
      };
    }
    case 'Alias': {
      const operand = inner(t.table);
      const aliased = new Map([...operand.scope].map(([name, param]) => [`${t.name}.${name}`, param] as const));
      return { ...operand, table: { ...t, table: operand.table }, scope: mergeScopes(operand.scope, aliased) };
    }
  }
}

/** `on (p=v)`: each p must be an input of the right-hand side, each v of a compatible type. */
export function checkJoinParams(inParams: readonly InputParam[], rhsScope: Scope, vars: Scope): void {
  for (const param of inParams) {
    const target = rhsScope.get(param.name);
    if (target === undefined || target.direction !== 'in') typeError(`Invalid join parameter ${param.name}`);
    checkOperatorValue(null, param.value, target.type, param.name, vars, []);
  }
}
