// A parameter must come once, as text (RFC 6749 §3.1: "Request and response parameters MUST NOT be included more
// than once"): `code=a&code=b` arrives as an array, a JSON body may carry objects; code that expects a string must
// not see either.

/** The first of `names` (default: every field) whose value is not a single string, if any. */
export function nonTextField(fields: Readonly<Record<string, unknown>>, names: readonly string[] = Object.keys(fields)): string | undefined {
  return names.find((name) => fields[name] !== undefined && typeof fields[name] !== 'string');
}
