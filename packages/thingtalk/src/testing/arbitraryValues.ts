import fc from 'fast-check';
import type { DateValue, MeasureValue, Predicate, Value } from '../ast/index.js';

/** Names that are never keywords, for parameters, variables and declarations. */
export const NAMES = ['title', 'number', 'p_status', 'link', 'a', 'b2', 'x_y'] as const;
export const arbName = fc.constantFrom(...NAMES);
const arbWord = fc.constantFrom('on', 'off', 'sunny', 'true', 'in', 'a_b', 'X1');
const UNITS = ['F', 'C', 'ft', 'in', 'm', 'km', 'byte', 'KB', 'ms', 's', 'min', 'h', 'day', 'kg'] as const;

/** Finite numbers without -0 (which prints like 0). */
const arbNumber = fc
  .oneof(fc.integer({ min: -100000, max: 100000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }))
  .map((n) => (Object.is(n, -0) ? 0 : n));
export const arbText = fc.string({ maxLength: 12, unit: fc.constantFrom('a', ' ', '"', '\\', '\n', 'é', '\u2028', '\'', 'z') });

const arbMeasure: fc.Arbitrary<MeasureValue> = fc.record({ type: fc.constant('Measure' as const), value: arbNumber, unit: fc.constantFrom(...UNITS) });
const arbOffset = fc.oneof(
  arbMeasure,
  fc.array(arbMeasure, { minLength: 2, maxLength: 3 }).map((value) => ({ type: 'CompoundMeasure' as const, value })),
);

const arbDate: fc.Arbitrary<DateValue> = fc.record({
  type: fc.constant('Date' as const),
  value: fc.oneof(
    fc.constant({ kind: 'now' as const }),
    fc.record({
      kind: fc.constant('absolute' as const),
      year: fc.integer({ min: 1970, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    }),
    fc.integer({ min: 0, max: 4e12 }).map((ms) => ({ kind: 'instant' as const, iso: new Date(ms).toISOString() })),
    fc.record({ kind: fc.constant('edge' as const), edge: fc.constantFrom('start_of' as const, 'end_of' as const), unit: fc.constantFrom('day', 'week', 'mon', 'year', 'h') }),
  ),
  operator: fc.constantFrom('+' as const, '-' as const),
  offset: fc.option(arbOffset, { nil: null }),
}).map((d) => (d.offset === null ? { ...d, operator: '+' as const } : d));

export const arbTime: fc.Arbitrary<Value> = fc.oneof(
  fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }), second: fc.integer({ min: 0, max: 59 }) }).map(
    (t) => ({ type: 'Time' as const, value: { kind: 'absolute' as const, ...t } }),
  ),
  fc.constantFrom('morning', 'evening').map((name) => ({ type: 'Time' as const, value: { kind: 'relative' as const, name } })),
);

export const arbScalarValue: fc.Arbitrary<Value> = fc.oneof(
  fc.boolean().map((value) => ({ type: 'Boolean' as const, value })),
  arbText.map((value) => ({ type: 'String' as const, value })),
  arbNumber.map((value) => ({ type: 'Number' as const, value })),
  arbOffset,
  fc.record({ type: fc.constant('Currency' as const), value: arbNumber, code: fc.constantFrom('usd', 'eur') }),
  arbWord.map((value) => ({ type: 'Enum' as const, value })),
  fc.oneof(
    fc.record({ value: arbText, display: fc.option(arbText, { nil: null }) }),
    fc.record({ value: fc.constant(null), display: arbText }),
  ).chain(({ value, display }) =>
    fc.constantFrom('tt:username', 'com.foo-bar:baz', 'tt:url').map((entityType) => ({ type: 'Entity' as const, value, entityType, display })),
  ),
  fc.oneof(
    fc.record({ kind: fc.constant('absolute' as const), lat: arbNumber, lon: arbNumber, display: fc.option(arbText, { nil: null }) }),
    fc.constantFrom('home', 'work', 'current_location').map((name) => ({ kind: 'relative' as const, name })),
    arbText.map((name) => ({ kind: 'unresolved' as const, name })),
  ).map((value) => ({ type: 'Location' as const, value })),
  arbDate,
  arbTime,
  arbName.map((name) => ({ type: 'VarRef' as const, name })),
  fc.constantFrom(null, 'type', 'program_id').map((name) => ({ type: 'Event' as const, name })),
  fc.boolean().map((local) => ({ type: 'Undefined' as const, local })),
  fc.record({
    type: fc.constant('ContextRef' as const),
    name: fc.constantFrom('selection', 'x_y'),
    valueType: fc.constantFrom({ kind: 'String' as const }, { kind: 'Entity' as const, entityType: 'tt:url' }, { kind: 'Array' as const, elem: { kind: 'Number' as const } }),
  }),
);

/** Any value the parser can produce in a value position. */
export const arbValue: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    arbScalarValue,
    fc.array(tie('value'), { maxLength: 3 }).map((value) => ({ type: 'Array' as const, value })),
    fc.dictionary(arbName, tie('value'), { minKeys: 1, maxKeys: 2 }).map((value) => ({ type: 'Object' as const, value })),
  ),
})).value;

/** The filter of an array value: comparisons of the element's fields, and their conjunctions. */
const arbElementFilter: fc.Arbitrary<Predicate> = fc.oneof(
  fc.record({ type: fc.constant('Atom' as const), name: fc.constantFrom('value', 'a.b', 'title'), operator: fc.constantFrom('==', '>=', 'contains'), value: arbScalarValue }),
  fc
    .array(fc.record({ type: fc.constant('Atom' as const), name: arbName, operator: fc.constant('=='), value: arbScalarValue }), { minLength: 2, maxLength: 2 })
    .map((operands) => ({ type: 'And' as const, operands })),
);

/**
 * Scalar expressions of `compute` and compute predicates (functions and arithmetic over names and numbers, array
 * filters and fields of arrays).
 */
export const arbComputation: fc.Arbitrary<Value> = fc.letrec<{ expr: Value }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    arbName.map((name) => ({ type: 'VarRef' as const, name })),
    fc.nat(1000).map((value) => ({ type: 'Number' as const, value })),
    fc.record({ type: fc.constant('Computation' as const), op: fc.constantFrom('+', '-', '*', '/', '%', '**'), operands: fc.tuple(tie('expr'), tie('expr')) }),
    fc.record({ type: fc.constant('Computation' as const), op: fc.constantFrom('distance', 'count', 'sum'), operands: fc.array(tie('expr'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ type: fc.constant('Filter' as const), value: tie('expr'), filter: arbElementFilter }),
    fc.record({ type: fc.constant('ArrayField' as const), field: arbName, value: tie('expr') }),
  ),
})).expr;
