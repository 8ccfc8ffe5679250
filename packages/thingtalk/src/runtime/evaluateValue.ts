// ThingTalk values → runtime values, in the scope of the current result (its parameters, `$event`).
import type { LocationSpec, TimeSpec, Value } from '../ast/index.js';
import { formatResultAsText } from '../format/formatResult.js';
import { arrayField, filterArray } from './arrayValues.js';
import { compareValues } from './compareValues.js';
import type { ExecutionContext, Tuple } from './executionContext.js';
import { resolveDate } from './resolveDate.js';
import { toBaseUnit } from './units.js';
import { isArrayValue, isCurrency, isLocation, type LocationValue, type RuntimeValue, type TimeValue } from './values.js';

/** The result whose parameters names refer to (an empty row with no output type outside any result). */
export type Scope = Tuple;

export const EMPTY_SCOPE: Scope = { outputType: null, row: {} };

function timeZoneOption(timeZone: string | undefined): { timeZone?: string } {
  return timeZone === undefined ? {} : { timeZone };
}

function resolveLocation(ctx: ExecutionContext, spec: LocationSpec): LocationValue {
  switch (spec.kind) {
    case 'absolute':
      return { latitude: spec.lat, longitude: spec.lon, display: spec.display };
    case 'relative': {
      const location = ctx.options.context?.locations?.[spec.name];
      if (location === undefined) throw new Error(`missing location ${spec.name}`);
      return location;
    }
    case 'unresolved':
      throw new Error(`Location “${spec.name}” must be resolved to coordinates before the program runs`);
  }
}

function resolveTime(ctx: ExecutionContext, spec: TimeSpec): TimeValue {
  if (spec.kind === 'absolute') return { hour: spec.hour, minute: spec.minute, second: spec.second };
  const time = ctx.options.context?.times?.[spec.name];
  if (time === undefined) throw new Error(`missing time ${spec.name}`);
  return time;
}

function numeric(value: RuntimeValue): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (isCurrency(value)) return value.value;
  throw new TypeError(`Expected a number, found ${String(value)}`);
}

const RADIUS = 6_371_000;

/** Great-circle distance in meters (haversine). */
function distance(a: RuntimeValue, b: RuntimeValue): number {
  if (!isLocation(a) || !isLocation(b)) throw new TypeError('distance() needs two locations');
  const rad = (deg: number): number => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * RADIUS * Math.asin(Math.sqrt(h));
}

function compute(op: string, operands: readonly RuntimeValue[]): RuntimeValue {
  const [a = null, b = null] = operands;
  switch (op) {
    case '+':
      if (typeof a === 'string' || typeof b === 'string') return `${String(a)}${String(b)}`;
      if (a instanceof Date) return new Date(a.getTime() + numeric(b));
      if (isCurrency(a)) return { value: a.value + numeric(b), code: a.code };
      return numeric(a) + numeric(b);
    case '-':
      if (a instanceof Date && !(b instanceof Date)) return new Date(a.getTime() - numeric(b));
      if (isCurrency(a)) return { value: a.value - numeric(b), code: a.code };
      return numeric(a) - numeric(b);
    case '*':
      return numeric(a) * numeric(b);
    case '/':
      return numeric(a) / numeric(b);
    case '%':
      return numeric(a) % numeric(b);
    case '**':
      return numeric(a) ** numeric(b);
    case 'distance':
      return distance(a, b);
    case 'count':
      return isArrayValue(a) ? a.length : a === null ? 0 : 1;
    case 'sum':
    case 'avg':
    case 'max':
    case 'min': {
      const items = isArrayValue(a) ? a : operands;
      if (items.length === 0) return null;
      if (op === 'max' || op === 'min') {
        const sorted = [...items].sort(compareValues);
        return (op === 'min' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
      }
      const total = items.reduce<number>((sum, item) => sum + numeric(item), 0);
      return op === 'sum' ? total : total / items.length;
    }
    default:
      throw new Error(`Unsupported computation ${op}`);
  }
}

export function evaluateValue(ctx: ExecutionContext, value: Value, scope: Scope): RuntimeValue {
  switch (value.type) {
    case 'Boolean':
    case 'String':
    case 'Number':
    case 'Enum':
      return value.value;
    case 'Measure':
      return toBaseUnit(value.value, value.unit);
    case 'CompoundMeasure':
      return value.value.reduce((sum, part) => sum + toBaseUnit(part.value, part.unit), 0);
    case 'Currency':
      return { value: value.value, code: value.code };
    case 'Entity':
      if (value.value === null) throw new Error(`The ${value.entityType} “${value.display ?? ''}” must be resolved before the program runs`);
      return { value: value.value, display: value.display };
    case 'Location':
      return resolveLocation(ctx, value.value);
    case 'Date':
      return resolveDate(value, ctx.clock.now(), ctx.options.timeZone);
    case 'Time':
      return resolveTime(ctx, value.value);
    case 'Array':
      return value.value.map((item) => evaluateValue(ctx, item, scope));
    case 'Object':
      throw new Error('Object values cannot be passed to devices');
    case 'VarRef': {
      if (!Object.hasOwn(scope.row, value.name)) throw new Error(`Unknown parameter ${value.name}`);
      return scope.row[value.name] ?? null;
    }
    case 'Event':
      if (value.name === 'type') return scope.outputType;
      if (value.name === 'program_id') return ctx.options.programId ?? null;
      return formatResultAsText(ctx.options.classes, scope.outputType, scope.row, ctx.options.display ?? timeZoneOption(ctx.options.timeZone));
    case 'Undefined':
      throw new Error('The program has unfilled slots ($?)');
    case 'Computation':
      return compute(value.op, value.operands.map((operand) => evaluateValue(ctx, operand, scope)));
    case 'Filter':
      return filterArray(ctx, evaluateValue(ctx, value.value, scope), value.filter, scope, (v, s) => evaluateValue(ctx, v, s));
    case 'ArrayField':
      return arrayField(evaluateValue(ctx, value.value, scope), value.field);
    case 'ContextRef': {
      const values = ctx.options.context?.values;
      if (values === undefined || !Object.hasOwn(values, value.name)) throw new Error(`missing context value ${value.name}`);
      return values[value.name] ?? null;
    }
  }
}
