import type { MeasureValue, TypeRef, Value } from '../ast/index.js';
import { printType } from '../printer/types.js';
import { printValue } from '../printer/values.js';
import { baseUnitOf } from '../runtime/units.js';
import { arrayFieldType, filterValueType } from './arrayValues.js';
import { isAssignable } from './assignable.js';
import type { Scope } from './scope.js';
import { typeError } from './typeError.js';

const ANY: TypeRef = { kind: 'Any' };
const NUMBER: TypeRef = { kind: 'Number' };

function measureType(m: MeasureValue): TypeRef {
  const unit = baseUnitOf(m.unit);
  if (unit === undefined) typeError(`Invalid unit ${m.unit}`);
  return { kind: 'Measure', unit };
}

/** Result types of the scalar functions of `compute` (thingtalk 1.x builtins). */
function computationType(v: Extract<Value, { type: 'Computation' }>, scope: Scope): TypeRef {
  const operands = v.operands.map((o) => typeOfValue(o, scope));
  const [first] = operands;
  switch (v.op) {
    case 'distance':
      return { kind: 'Measure', unit: 'm' };
    case 'count':
      return NUMBER;
    case 'sum':
    case 'avg':
    case 'max':
    case 'min':
      return first?.kind === 'Array' ? first.elem : (first ?? ANY);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '**':
      return first ?? ANY;
    default:
      return ANY;
  }
}

/** The type of a value; parameter references are looked up in `scope`. */
export function typeOfValue(v: Value, scope: Scope): TypeRef {
  switch (v.type) {
    case 'Boolean':
    case 'String':
    case 'Number':
    case 'Currency':
    case 'Location':
    case 'Date':
    case 'Time':
    case 'Object':
      return { kind: v.type };
    case 'Measure':
      return measureType(v);
    case 'CompoundMeasure': {
      const types = v.value.map(measureType);
      const [first] = types;
      if (first === undefined || types.some((t) => !isAssignable(t, first))) {
        typeError(`Cannot add measures of different units in ${printValue(v)}`);
      }
      return first;
    }
    case 'Enum':
      return { kind: 'Enum', entries: [v.value] };
    case 'Entity':
      return { kind: 'Entity', entityType: v.entityType };
    case 'Array': {
      const types = v.value.map((item) => typeOfValue(item, scope));
      const enums = types.flatMap((t) => (t.kind === 'Enum' ? t.entries : []));
      // enum constants of one array are members of one enum: [enum(cheap), enum(moderate)] is Enum(cheap, moderate)
      if (types.length > 0 && types.every((t) => t.kind === 'Enum')) return { kind: 'Array', elem: { kind: 'Enum', entries: [...new Set(enums)] } };
      const elem = types.find((t) => t.kind !== 'Any') ?? ANY;
      for (const t of types) {
        if (!isAssignable(t, elem)) typeError(`Mixed types in array ${printValue(v)}: ${printType(t)} and ${printType(elem)}`);
      }
      return { kind: 'Array', elem };
    }
    case 'VarRef': {
      const param = scope.get(v.name);
      if (param === undefined) typeError(`Undefined variable ${v.name}`);
      return param.type;
    }
    case 'Event':
      return v.name === 'program_id' ? { kind: 'Entity', entityType: 'tt:program_id' } : { kind: 'String' };
    case 'Undefined':
      return ANY;
    case 'Computation':
      return computationType(v, scope);
    case 'Filter':
      return filterValueType(v, scope, typeOfValue);
    case 'ArrayField':
      return arrayFieldType(v, scope, typeOfValue);
    case 'ContextRef':
      return v.valueType;
  }
}
