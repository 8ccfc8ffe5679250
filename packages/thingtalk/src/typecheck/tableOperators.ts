import type { TypeRef, Value } from '../ast/index.js';
import { printType } from '../printer/types.js';
import { printValue } from '../printer/values.js';
import { isAssignable } from './assignable.js';
import type { CheckContext } from './context.js';
import { localParam } from './scope.js';
import type { Scope } from './scope.js';
import { isSlotValue, valueSlot } from './slots.js';
import type { SlotPath } from './slots.js';
import { typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';

/** The name a `compute` result gets without `as`: the function name (`distance`), else `result`. */
export function computedName(expression: Value): string {
  return expression.type === 'Computation' && /^[A-Za-z_]\w*$/.test(expression.op) ? expression.op : 'result';
}

/** `[a, b] of …`: only the named parameters remain. */
export function projectScope(scope: Scope, args: readonly string[]): Scope {
  return new Map(
    args.map((arg) => {
      const param = scope.get(arg);
      if (param === undefined) typeError(`Invalid field ${arg} in projection`);
      return [arg, param] as const;
    }),
  );
}

/**
 * Checks an operator argument (index, slice bounds, timer base/interval, attimer time) against its type;
 * records a slot for `$?` when a context is given.
 */
export function checkOperatorValue(
  ctx: CheckContext | null,
  value: Value,
  type: TypeRef,
  name: string,
  vars: Scope,
  path: SlotPath,
): void {
  const actual = typeOfValue(value, vars);
  if (!isAssignable(actual, type)) {
    typeError(`Wrong type for ${name}: expected ${printType(type)}, got ${printValue(value)} of type ${printType(actual)}`);
  }
  if (ctx !== null && isSlotValue(value)) ctx.slots.push(valueSlot(name, localParam(name, type), 'operator', vars, path));
}
