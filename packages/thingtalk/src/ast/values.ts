import type { Predicate } from './predicates.js';
import type { TypeRef } from './types.js';

/** `6ft`, `70F`, `10byte`: a number with a unit (the unit as written, not normalized). */
export interface MeasureValue {
  readonly type: 'Measure';
  readonly value: number;
  readonly unit: string;
}

/** A sum of measures: `6ft + 3in`. */
export interface CompoundMeasureValue {
  readonly type: 'CompoundMeasure';
  readonly value: readonly MeasureValue[];
}

/** A calendar date and time of day as a clock shows it, in no particular time zone. */
export interface CalendarFields {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What a date value starts from. Absolute dates are wall-clock fields, resolved in the user's time zone at run time. */
export type DateBase =
  | { readonly kind: 'now' }
  | ({ readonly kind: 'absolute' } & CalendarFields)
  /** An exact instant, written as an ISO 8601 string (`new Date("2018-01-01T00:00:00.000Z")`). */
  | { readonly kind: 'instant'; readonly iso: string }
  /** `start_of(week)`, `end_of(day)`. */
  | { readonly kind: 'edge'; readonly edge: 'start_of' | 'end_of'; readonly unit: string };

export interface DateValue {
  readonly type: 'Date';
  readonly value: DateBase;
  readonly operator: '+' | '-';
  /** `new Date() + 1h + 30min`: the offset added to (or subtracted from) the base, or null. */
  readonly offset: MeasureValue | CompoundMeasureValue | null;
}

export type TimeSpec =
  | { readonly kind: 'absolute'; readonly hour: number; readonly minute: number; readonly second: number }
  /** `$context.time.morning`, `$context.time.evening`. */
  | { readonly kind: 'relative'; readonly name: string };

export type LocationSpec =
  | { readonly kind: 'absolute'; readonly lat: number; readonly lon: number; readonly display: string | null }
  /** `$context.location.home`, `.work`, `.current_location`. */
  | { readonly kind: 'relative'; readonly name: string }
  /** `new Location("palo alto")`: a place name still to be looked up. */
  | { readonly kind: 'unresolved'; readonly name: string };

/** Every ThingTalk value form. Discriminated by `type`. */
export type Value =
  | { readonly type: 'Boolean'; readonly value: boolean }
  | { readonly type: 'String'; readonly value: string }
  | { readonly type: 'Number'; readonly value: number }
  | MeasureValue
  | CompoundMeasureValue
  /** `new Currency(25, usd)` / `makeCurrency(25, usd)`; `code` is lower case as written. */
  | { readonly type: 'Currency'; readonly value: number; readonly code: string }
  | { readonly type: 'Enum'; readonly value: string }
  /** `"v"^^tt:type("display")`; `value` is null for `null^^tt:type("display")`. */
  | {
      readonly type: 'Entity';
      readonly value: string | null;
      readonly entityType: string;
      readonly display: string | null;
    }
  | { readonly type: 'Location'; readonly value: LocationSpec }
  | DateValue
  | { readonly type: 'Time'; readonly value: TimeSpec }
  | { readonly type: 'Array'; readonly value: readonly Value[] }
  /** `{ a=1, b="x" }`. */
  | { readonly type: 'Object'; readonly value: Readonly<Record<string, Value>> }
  /** A parameter or lambda argument name (`p_number`, `title`). */
  | { readonly type: 'VarRef'; readonly name: string }
  /** `$event` (name null), `$event.type`, `$event.program_id`. */
  | { readonly type: 'Event'; readonly name: string | null }
  /** `$?` (local: the user must fill it in) or `$undefined.remote` (local false). */
  | { readonly type: 'Undefined'; readonly local: boolean }
  /** `a + b`, `distance(geo, $context.location.home)`, `count(x)`: scalar computations in `compute` and predicates. */
  | { readonly type: 'Computation'; readonly op: string; readonly operands: readonly Value[] }
  /**
   * `(reviews) filter { value >= 4 }`: the elements of an array for which the predicate holds. Inside the predicate
   * the fields of a record element are parameters (`rating`, `author.name`); any other element is `value`.
   */
  | { readonly type: 'Filter'; readonly value: Value; readonly filter: Predicate }
  /** `rating of (reviews)`: one field of every record of an array. */
  | { readonly type: 'ArrayField'; readonly value: Value; readonly field: string }
  /** `$context.selection : String`: a value the client supplies when the program runs, of the declared type. */
  | { readonly type: 'ContextRef'; readonly name: string; readonly valueType: TypeRef };

export type ValueType = Value['type'];

/** Narrows a value to one of its forms: `ValueOf<'Entity'>`. */
export type ValueOf<T extends ValueType> = Extract<Value, { readonly type: T }>;
