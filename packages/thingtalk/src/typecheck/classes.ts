import type { ClassDef, TypeRef } from '../ast/index.js';
import { baseUnit } from './assignable.js';
import { typeError } from './typeError.js';

/** Rejects types this implementation does not know (`Nmber`), also inside arrays, tuples and compounds. */
export function checkType(type: TypeRef, where: string): void {
  switch (type.kind) {
    case 'Unknown':
      return typeError(`Invalid type ${type.name} for ${where}`);
    case 'Array':
      return checkType(type.elem, where);
    case 'Tuple':
      return type.elems.forEach((elem) => checkType(elem, where));
    case 'Compound':
      return type.fields.forEach((field) => checkType(field.type, `${where}.${field.name}`));
    default:
      return;
  }
}

/** Checks a class definition: known argument types, no argument declared twice. */
export function checkClass(c: ClassDef): void {
  for (const fn of [...Object.values(c.queries), ...Object.values(c.actions)]) {
    if (fn.functionType === 'action' && fn.isMonitorable) typeError('Actions cannot be monitorable.');
    const seen = new Set<string>();
    for (const arg of fn.args) {
      const where = `parameter ${arg.name} of @${c.kind}.${fn.name}`;
      if (seen.has(arg.name)) typeError(`Duplicate ${where}`);
      seen.add(arg.name);
      checkType(arg.type, where);
      if (fn.functionType === 'action' && arg.direction === 'out') typeError(`Action @${c.kind}.${fn.name} cannot have output ${where}`);
    }
    const poll = fn.annotations.impl.poll_interval;
    if (poll !== undefined && !(poll.type === 'Measure' && baseUnit(poll.unit) === 'ms')) {
      typeError(`Invalid #[poll_interval] of @${c.kind}.${fn.name}: expected a duration such as 1h`);
    }
  }
}
