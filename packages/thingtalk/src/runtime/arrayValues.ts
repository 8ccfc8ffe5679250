// The array operators of values at run time: `(v) filter { … }` keeps the elements for which the predicate
// holds, `field of (v)` takes one field of every record. A record element (a plain object that is not an
// entity, place, time or currency) shows its fields to the filter, nested ones as `a.b`; any other element
// is `value`.
import type { Predicate, Value } from '../ast/index.js';
import { applyOperator } from './applyOperator.js';
import type { ExecutionContext } from './executionContext.js';
import type { Scope } from './evaluateValue.js';
import { isArrayValue, isCurrency, isEntity, isLocation, isTime, type RecordValue, type Row, type RuntimeValue } from './values.js';

type Evaluate = (value: Value, scope: Scope) => RuntimeValue;

/** The fields of a record element, null for any other value (devices return records as plain objects). */
function asRecord(value: RuntimeValue | undefined): RecordValue | null {
  const record =
    value !== undefined &&
    typeof value === 'object' &&
    value !== null &&
    !isArrayValue(value) &&
    !(value instanceof Date) &&
    !isEntity(value) &&
    !isLocation(value) &&
    !isTime(value) &&
    !isCurrency(value);
  return record ? (value as RecordValue) : null;
}

function addFields(record: RecordValue, prefix: string, out: Record<string, RuntimeValue>): void {
  for (const [name, field] of Object.entries(record)) {
    out[prefix + name] = field;
    const nested = asRecord(field);
    if (nested !== null) addFields(nested, `${prefix}${name}.`, out);
  }
}

/** The parameters a filter sees for one element. */
function elementRow(element: RuntimeValue): Row {
  const record = asRecord(element);
  if (record === null) return { value: element };
  const row: Record<string, RuntimeValue> = {};
  addFields(record, '', row);
  return row;
}

function elementsOf(value: RuntimeValue, what: string): readonly RuntimeValue[] {
  if (value === null) return [];
  if (!isArrayValue(value)) throw new TypeError(`${what} needs an array, found ${String(value)}`);
  return value;
}

/** Whether `predicate` holds for `row` (names refer to the row, then to `scope`). */
function holds(ctx: ExecutionContext, predicate: Predicate, row: Row, scope: Scope, evaluate: Evaluate): boolean {
  const merged: Scope = { outputType: scope.outputType, row: { ...scope.row, ...row } };
  switch (predicate.type) {
    case 'True':
      return true;
    case 'False':
      return false;
    case 'And':
      return predicate.operands.every((operand) => holds(ctx, operand, row, scope, evaluate));
    case 'Or':
      return predicate.operands.some((operand) => holds(ctx, operand, row, scope, evaluate));
    case 'Not':
      return !holds(ctx, predicate.expr, row, scope, evaluate);
    case 'Atom':
      return applyOperator(predicate.operator, merged.row[predicate.name], evaluate(predicate.value, merged));
    case 'Compute':
      return applyOperator(predicate.operator, evaluate(predicate.lhs, merged), evaluate(predicate.rhs, merged));
    case 'External':
      throw new Error(`The filter of an array value cannot call ${predicate.selector.kind}.${predicate.channel}`);
  }
}

/** `(v) filter { predicate }`: the elements of `array` for which the predicate holds. */
export function filterArray(ctx: ExecutionContext, array: RuntimeValue, predicate: Predicate, scope: Scope, evaluate: Evaluate): RuntimeValue[] {
  return elementsOf(array, 'filter').filter((element) => holds(ctx, predicate, elementRow(element), scope, evaluate));
}

/** `field of (v)`: the field of every record of `array` (null where a record lacks it). */
export function arrayField(array: RuntimeValue, field: string): RuntimeValue[] {
  return elementsOf(array, `${field} of`).map((element) => elementRow(element)[field] ?? null);
}
