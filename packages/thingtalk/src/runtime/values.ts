// Runtime values: what queries yield, actions receive and the formatter displays.
// Measures are numbers in the base unit of their dimension (10KB → 10000 byte), as in ThingTalk 1.x.

/** An entity (`"v"^^type("display")`); devices may also yield entities as bare strings. */
export interface EntityValue {
  readonly value: string;
  readonly display?: string | null;
}

export interface LocationValue {
  readonly latitude: number;
  readonly longitude: number;
  readonly display?: string | null;
}

export interface TimeValue {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export interface CurrencyValue {
  readonly value: number;
  /** ISO 4217 code, lower case as written in ThingTalk (`usd`). */
  readonly code: string;
}

/** A value of a compound (record) type: field name → value (devices return records as plain objects). */
export interface RecordValue {
  readonly [field: string]: RuntimeValue;
}

export type RuntimeValue =
  | string
  | number
  | boolean
  | Date
  | EntityValue
  | LocationValue
  | TimeValue
  | CurrencyValue
  | readonly RuntimeValue[]
  | RecordValue
  | null;

/** One result of a query (or one event of a stream): parameter name → value. */
export type Row = Readonly<Record<string, RuntimeValue>>;

export function isLocation(value: RuntimeValue | undefined): value is LocationValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'latitude' in value;
}

export function isTime(value: RuntimeValue | undefined): value is TimeValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'hour' in value;
}

export function isCurrency(value: RuntimeValue | undefined): value is CurrencyValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'code' in value;
}

export function isEntity(value: RuntimeValue | undefined): value is EntityValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    'value' in value &&
    !('code' in value)
  );
}

export function isArrayValue(value: RuntimeValue | undefined): value is readonly RuntimeValue[] {
  return Array.isArray(value);
}

/** The reference's notion of "null": undefined, null, '', NaN, [] and invalid dates (TT `format_objects.js` isNull). */
export function isNullValue(value: RuntimeValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Date) return Number.isNaN(value.getTime());
  return false;
}
