/** A JSON value: what parameters and entity values are made of (and, through `@parley/dialog-engine`, dialog state). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
