// Lenient readers for agent and client JSON: clients in the wild send numbers as strings, booleans as "true",
// `null` for unset fields (PY) and empty objects for unset structs (GO) (docs/protocols/apiai.md §3.1).
import { InvalidAgentError } from './InvalidAgentError.js';

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record, or an empty one for `null`/`undefined`; anything else an `InvalidAgentError` naming `what` (the server answers 400). */
export function readRecord(value: unknown, what: string): Json {
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  throw new InvalidAgentError(`${what} must be an object`);
}

/** A string from a string, number or boolean; `undefined` for null/absent/empty objects. */
export function readString(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value) && Object.keys(value).length === 0) return undefined;
  throw new InvalidAgentError(`${what} must be a string`);
}

export function readBoolean(value: unknown, what: string, fallback = false): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1 || value === '1') return true;
  if (value === 'false' || value === 0 || value === '0') return false;
  throw new InvalidAgentError(`${what} must be a boolean`);
}

export function readNumber(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) return number;
  throw new InvalidAgentError(`${what} must be a number`);
}

/** An array; a single value becomes a one-element array, null/absent an empty one. */
export function readArray(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Object.keys(value).length === 0) return [];
  if (typeof value === 'string' || isRecord(value)) return [value];
  throw new InvalidAgentError(`${what} must be an array`);
}

export function readStringList(value: unknown, what: string): string[] {
  return readArray(value, what).flatMap((item, index) => {
    const text = readString(item, `${what}[${index}]`);
    return text === undefined ? [] : [text];
  });
}

const legalName = /^[A-Za-z0-9_-]+$/;

/** A Legal Name (docs/protocols/apiai.md "Legal Names"): Latin letters, digits, `_` and `-`. */
export function readLegalName(value: unknown, what: string): string {
  const name = readString(value, what)?.trim();
  if (name === undefined || name === '') throw new InvalidAgentError(`${what} is missing`);
  if (!legalName.test(name)) throw new InvalidAgentError(`${what} '${name}' is not a legal name: use A-Z, a-z, 0-9, _ and -`);
  return name;
}
