// Filters at run time. Names refer to the result being filtered, then to the enclosing scope; external
// predicates (`@f(){…}`) hold when some result of their query satisfies the inner filter.
import type { Predicate } from '../ast/index.js';
import { applyOperator } from './applyOperator.js';
import { evaluateValue, type Scope } from './evaluateValue.js';
import type { ExecutionContext, Tuple } from './executionContext.js';
import { invokeQuery } from './invokeQuery.js';

export async function evaluatePredicate(ctx: ExecutionContext, predicate: Predicate, tuple: Tuple, scope: Scope): Promise<boolean> {
  const merged: Scope = { outputType: tuple.outputType, row: { ...scope.row, ...tuple.row } };
  switch (predicate.type) {
    case 'True':
      return true;
    case 'False':
      return false;
    case 'And':
      for (const operand of predicate.operands) if (!(await evaluatePredicate(ctx, operand, tuple, scope))) return false;
      return true;
    case 'Or':
      for (const operand of predicate.operands) if (await evaluatePredicate(ctx, operand, tuple, scope)) return true;
      return false;
    case 'Not':
      return !(await evaluatePredicate(ctx, predicate.expr, tuple, scope));
    case 'Atom':
      return applyOperator(predicate.operator, merged.row[predicate.name], evaluateValue(ctx, predicate.value, merged));
    case 'Compute':
      return applyOperator(predicate.operator, evaluateValue(ctx, predicate.lhs, merged), evaluateValue(ctx, predicate.rhs, merged));
    case 'External': {
      const results = await invokeQuery(ctx, predicate, merged);
      for (const result of results) if (await evaluatePredicate(ctx, predicate.filter, result, merged)) return true;
      return false;
    }
  }
}
