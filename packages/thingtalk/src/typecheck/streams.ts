import type { Stream, Table } from '../ast/index.js';
import { printTable } from '../printer/tables.js';
import type { CheckContext } from './context.js';
import { checkDeclaredCall } from './declaredCall.js';
import { checkPredicate } from './predicates.js';
import { EMPTY_SCOPE, localParam, mergeScopes } from './scope.js';
import type { Scope } from './scope.js';
import type { SlotPath } from './slots.js';
import { checkJoinParams, checkTable } from './tables.js';
import { computedName, checkOperatorValue, projectScope } from './tableOperators.js';
import { typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';

interface CheckedStream {
  readonly stream: Stream;
  readonly scope: Scope;
}

function checkMonitoredTable(ctx: CheckContext, table: Table, vars: Scope, path: SlotPath): ReturnType<typeof checkTable> {
  const checked = checkTable(ctx, table, vars, path);
  if (!checked.monitorable) typeError(`Cannot monitor ${printTable(table)}: it is not a monitorable query`);
  return checked;
}

/** Checks a stream; `vars` are the parameters it may refer to (lambda arguments of a declaration). */
export function checkStream(ctx: CheckContext, s: Stream, vars: Scope, path: SlotPath): CheckedStream {
  const inner = (stream: Stream): CheckedStream => checkStream(ctx, stream, vars, [...path, 'stream']);
  switch (s.type) {
    case 'Timer':
      checkOperatorValue(ctx, s.base, { kind: 'Date' }, 'base', vars, [...path, 'base']);
      checkOperatorValue(ctx, s.interval, { kind: 'Measure', unit: 'ms' }, 'interval', vars, [...path, 'interval']);
      if (s.frequency !== null) checkOperatorValue(ctx, s.frequency, { kind: 'Number' }, 'frequency', vars, [...path, 'frequency']);
      return { stream: s, scope: EMPTY_SCOPE };
    case 'AtTimer':
      s.time.forEach((time, i) => checkOperatorValue(ctx, time, { kind: 'Time' }, 'time', vars, [...path, 'time', i]));
      if (s.expirationDate !== null) {
        checkOperatorValue(ctx, s.expirationDate, { kind: 'Date' }, 'expiration_date', vars, [...path, 'expirationDate']);
      }
      return { stream: s, scope: EMPTY_SCOPE };
    case 'Monitor': {
      const checked = checkMonitoredTable(ctx, s.table, vars, [...path, 'table']);
      if (s.args !== null) projectScope(checked.scope, s.args);
      return { stream: { ...s, table: checked.table }, scope: checked.scope };
    }
    case 'EdgeNew': {
      const operand = inner(s.stream);
      return { stream: { ...s, stream: operand.stream }, scope: operand.scope };
    }
    case 'EdgeFilter':
    case 'Filter': {
      const operand = inner(s.stream);
      const filter = checkPredicate(ctx, s.filter, operand.scope, vars, [...path, 'filter']);
      return { stream: { ...s, stream: operand.stream, filter }, scope: operand.scope };
    }
    case 'Projection': {
      const operand = inner(s.stream);
      return { stream: { ...s, stream: operand.stream }, scope: projectScope(operand.scope, s.args) };
    }
    case 'Compute': {
      const operand = inner(s.stream);
      const type = typeOfValue(s.expression, mergeScopes(vars, operand.scope));
      const name = s.alias ?? computedName(s.expression);
      return { stream: { ...s, stream: operand.stream }, scope: mergeScopes(operand.scope, new Map([[name, localParam(name, type)]])) };
    }
    case 'Alias': {
      const operand = inner(s.stream);
      const aliased = new Map([...operand.scope].map(([name, param]) => [`${s.name}.${name}`, param] as const));
      return { stream: { ...s, stream: operand.stream }, scope: mergeScopes(operand.scope, aliased) };
    }
    case 'Join': {
      const lhs = inner(s.stream);
      const joinVars = mergeScopes(vars, lhs.scope);
      const rhs = checkTable(ctx, s.table, joinVars, [...path, 'table'], new Set(s.inParams.map((p) => p.name)));
      checkJoinParams(s.inParams, rhs.scope, joinVars);
      return { stream: { ...s, stream: lhs.stream, table: rhs.table }, scope: mergeScopes(lhs.scope, rhs.scope) };
    }
    case 'VarRef': {
      const call = checkDeclaredCall(ctx, s.name, ['stream'], s.inParams, vars, path);
      return { stream: { ...s, inParams: call.inParams }, scope: call.scope };
    }
  }
}
