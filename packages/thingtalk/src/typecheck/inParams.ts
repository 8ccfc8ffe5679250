import type { InputParam } from '../ast/index.js';
import { printType } from '../printer/types.js';
import { printValue } from '../printer/values.js';
import { isAssignable } from './assignable.js';
import type { CheckContext } from './context.js';
import type { Scope, ScopeParam } from './scope.js';
import { isSlotValue, valueSlot } from './slots.js';
import type { SlotPath } from './slots.js';
import { locateTypeErrors, typeError } from './typeError.js';
import { typeOfValue } from './valueType.js';

/** An argument a function or declaration accepts. */
export interface AcceptedArg extends ScopeParam {
  readonly required: boolean;
}

/**
 * Checks `(name=value, …)` against the accepted arguments: unknown and duplicate names, value types
 * (references resolved in `vars`); adds `$?` for every missing required argument not `provided` by a join.
 * Records a slot for each `$?`.
 */
export function checkInParams(
  ctx: CheckContext,
  owner: string,
  accepted: ReadonlyMap<string, AcceptedArg>,
  inParams: readonly InputParam[],
  vars: Scope,
  path: SlotPath,
  provided: ReadonlySet<string>,
): InputParam[] {
  const seen = new Set<string>();
  const result: InputParam[] = [...inParams];
  for (const name of accepted.keys()) {
    const arg = accepted.get(name);
    if (arg?.required && !provided.has(name) && !inParams.some((p) => p.name === name)) {
      result.push({ name, value: { type: 'Undefined', local: true } });
    }
  }
  result.forEach((param, index) => locateTypeErrors(param, () => {
    const arg = accepted.get(param.name);
    if (arg === undefined || arg.direction !== 'in') typeError(`Invalid input parameter ${param.name} for ${owner}`);
    if (seen.has(param.name)) typeError(`Duplicate input parameter ${param.name} for ${owner}`);
    seen.add(param.name);
    const valueType = typeOfValue(param.value, vars);
    if (!isAssignable(valueType, arg.type)) {
      typeError(
        `Wrong type for parameter ${param.name} of ${owner}: expected ${printType(arg.type)}, got ${printValue(param.value)} of type ${printType(valueType)}`,
      );
    }
    if (isSlotValue(param.value)) ctx.slots.push(valueSlot(param.name, arg, 'input', vars, [...path, index, 'value']));
  }));
  return result;
}
