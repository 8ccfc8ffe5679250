import { ConfigError } from '../brain/configError.js';

/** Kalliope's YAML is Python-flavoured: `True`/`False` as well as `true`/`false`, sometimes as strings. */
export function readBoolean(value: unknown, file: string, key: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new ConfigError(file, `"${key}" must be True or False, got ${JSON.stringify(value)}`);
}

export function readString(value: unknown, file: string, key: string, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new ConfigError(file, `"${key}" must be a string, got ${JSON.stringify(value)}`);
}

export function readNumber(value: unknown, file: string, key: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) return number;
  throw new ConfigError(file, `"${key}" must be a number, got ${JSON.stringify(value)}`);
}

export function readStringList(value: unknown, file: string, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new ConfigError(file, `"${key}" must be a name or a list of names, got ${JSON.stringify(value)}`);
}
