import type { Predicate } from '../ast/index.js';
import { printValue } from '../printer/values.js';
import type { CheckContext } from './context.js';
import { checkInvocation } from './invocations.js';
import { checkComparison } from './operators.js';
import { mergeScopes } from './scope.js';
import type { Scope } from './scope.js';
import { isSlotValue, valueSlot } from './slots.js';
import type { SlotPath } from './slots.js';
import { typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';

/**
 * Checks a filter over the parameters in `scope` (the table's or stream's inputs and outputs); values may
 * refer to `vars`. Records a slot for each `$?` compared against.
 */
export function checkPredicate(ctx: CheckContext, p: Predicate, scope: Scope, vars: Scope, path: SlotPath): Predicate {
  switch (p.type) {
    case 'True':
      if (p.dontCare !== undefined && scope.get(p.dontCare) === undefined) typeError(`Invalid filter parameter ${p.dontCare}`);
      return p;
    case 'False':
      return p;
    case 'And':
    case 'Or':
      return { ...p, operands: p.operands.map((o, i) => checkPredicate(ctx, o, scope, vars, [...path, 'operands', i])) };
    case 'Not':
      return { ...p, expr: checkPredicate(ctx, p.expr, scope, vars, [...path, 'expr']) };
    case 'Atom': {
      const param = scope.get(p.name);
      if (param === undefined) typeError(`Invalid filter parameter ${p.name}`);
      const valueType = typeOfValue(p.value, mergeScopes(scope, vars));
      const expected = checkComparison(p.operator, param.type, valueType, `parameter ${p.name}`);
      if (isSlotValue(p.value)) {
        ctx.slots.push(valueSlot(p.name, { ...param, type: expected }, 'filter', vars, [...path, 'value']));
      }
      return p;
    }
    case 'External': {
      const { invocation, scope: inner } = checkInvocation(ctx, p, 'query', vars, path);
      const filter = checkPredicate(ctx, p.filter, inner, vars, [...path, 'filter']);
      return { ...p, inParams: invocation.inParams, filter };
    }
    case 'Compute': {
      const both = mergeScopes(scope, vars);
      const lhsType = typeOfValue(p.lhs, both);
      const rhsType = typeOfValue(p.rhs, both);
      if (p.lhs.type === 'Undefined') typeError(`Invalid left-hand side ${printValue(p.lhs)} in a filter`);
      checkComparison(p.operator, lhsType, rhsType, printValue(p.lhs));
      return p;
    }
  }
}
