// One numeric operator setting: a positive integer, or the default when unset or blank.

export function readPositiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a positive integer (got "${value}")`);
  return parsed;
}
