// The JSON value type is `@parley/nlu`'s (one declaration for both packages); JsonObject is the record that objects
// are built in, field by field.
import type { JsonValue } from '@parley/nlu';

export type { JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
