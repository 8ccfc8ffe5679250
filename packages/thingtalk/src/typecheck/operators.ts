import type { TypeRef } from '../ast/index.js';
import { printType } from '../printer/types.js';
import { isAssignable, isOrdered, isTextual } from './assignable.js';
import { typeError } from './typeError.js';

const TEXT_OPERATORS = new Set(['=~', '~=', 'starts_with', 'ends_with', 'prefix_of', 'suffix_of']);

/** The operator without its case-insensitive `~` marks (`~contains` → `contains`). */
function baseOperator(op: string): string {
  return op.length > 2 && (op.startsWith('~') || op.endsWith('~')) ? op.replace(/^~|~$/g, '') : op;
}

/**
 * The type a filter value must have for `lhs op value` (for a slot), after checking that the operator
 * applies to the parameter's type.
 */
function expectedOperandType(op: string, lhs: TypeRef, describeLhs: string): TypeRef {
  const base = baseOperator(op);
  const fail = (): never => typeError(`Invalid operator ${op} for ${describeLhs} of type ${printType(lhs)}`);
  if (base === '==') return lhs;
  if (base === '>=' || base === '<=' || base === '>' || base === '<') return isOrdered(lhs) ? lhs : fail();
  if (TEXT_OPERATORS.has(base)) return isTextual(lhs) ? { kind: 'String' } : fail();
  if (base === 'contains') {
    if (lhs.kind === 'Array') return lhs.elem;
    return lhs.kind === 'Any' || lhs.kind === 'Unknown' ? lhs : fail();
  }
  if (base === 'in_array') return { kind: 'Array', elem: lhs };
  return typeError(`Unknown operator ${op}`);
}

/** Checks `lhs op rhs` for types; returns the type the right-hand side must have. */
export function checkComparison(op: string, lhs: TypeRef, rhs: TypeRef, describeLhs: string): TypeRef {
  const expected = expectedOperandType(op, lhs, describeLhs);
  const ok = baseOperator(op) === '==' ? isAssignable(rhs, lhs) || isAssignable(lhs, rhs) : isAssignable(rhs, expected);
  if (!ok) {
    typeError(`Cannot compare ${describeLhs} of type ${printType(lhs)} with ${op} to a value of type ${printType(rhs)}`);
  }
  return expected;
}
