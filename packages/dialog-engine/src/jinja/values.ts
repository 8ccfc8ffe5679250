/**
 * The values a template works on: plain data only. Strings, numbers, booleans, `null` (Python's None), lists,
 * dicts (plain objects without prototype), plus four internal kinds: `Undefined` (a missing name or key),
 * `PyFloat` (a float whose value is integral, printed `3.0` as Python does), `BuiltinFunction` (the few functions
 * and methods this renderer implements itself) and nothing else. Data from outside enters through `fromData`,
 * which copies it and drops anything that is not plain data, so that no JavaScript object, prototype or function
 * is ever reachable from a template.
 */
import { JinjaError } from './jinjaError.js';

/** Jinja2's default Undefined: prints as `''`, is false, iterates as empty; looking inside it is an error. */
export class Undefined {
  /** Jinja2's UndefinedError message, raised when the value is used. */
  constructor(readonly message: string) {}
}

/** A Python float with an integral value (non-integral JavaScript numbers are floats already). */
class PyFloat {
  constructor(readonly value: number) {}
}

/** A function implemented by the renderer (`range`, `loop.cycle`, `'a'.upper`…): the only things a template can call. */
export class BuiltinFunction {
  constructor(
    readonly name: string,
    readonly call: (args: readonly JinjaValue[], kwargs: Readonly<Record<string, JinjaValue>>) => JinjaValue,
  ) {}
}

export type JinjaDict = { [key: string]: JinjaValue };
export type JinjaValue = string | number | boolean | null | Undefined | PyFloat | BuiltinFunction | JinjaValue[] | JinjaDict;

export function newDict(): JinjaDict {
  return Object.create(null) as JinjaDict;
}

export function isList(value: JinjaValue): value is JinjaValue[] {
  return Array.isArray(value);
}

export function isDict(value: JinjaValue): value is JinjaDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === null;
}

function isPlainRecord(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A deep copy of outside data as template values; functions, class instances and anything not JSON-like become Undefined. */
export function fromData(value: unknown, depth = 0): JinjaValue {
  if (depth > 64) throw new JinjaError('data nested too deeply');
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => fromData(item, depth + 1));
  if (typeof value === 'object' && isPlainRecord(value)) {
    const dict = newDict();
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      dict[key] = descriptor !== undefined && 'value' in descriptor ? fromData(descriptor.value, depth + 1) : new Undefined(`'${key}' is not plain data`);
    }
    return dict;
  }
  return new Undefined('a value that is not plain data is undefined');
}

export function isFloat(value: JinjaValue): boolean {
  return value instanceof PyFloat || (typeof value === 'number' && !Number.isInteger(value));
}

/** A float result: integral values are boxed so that they print as `2.0`. */
export function makeFloat(value: number): JinjaValue {
  return Number.isInteger(value) ? new PyFloat(value) : value;
}

/** The numeric value of an int, float or bool (Python's bools are ints), else `undefined`. */
export function numberOf(value: JinjaValue): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** Python's type name, for error messages and tests. */
export function typeName(value: JinjaValue): string {
  if (value === null) return 'NoneType';
  if (value instanceof Undefined) return 'Undefined';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || value instanceof PyFloat) return isFloat(value) ? 'float' : 'int';
  if (value instanceof BuiltinFunction) return 'builtin_function_or_method';
  return isList(value) ? 'list' : 'dict';
}

export function truthy(value: JinjaValue): boolean {
  if (value === null || value instanceof Undefined) return false;
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'boolean') return value;
  const number = numberOf(value);
  if (number !== undefined) return number !== 0 && !Number.isNaN(number);
  if (value instanceof BuiltinFunction) return true;
  return isList(value) ? value.length > 0 : Object.keys(value).length > 0;
}

/** Python's `repr()` of a float: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
function formatFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    return value.toExponential().replace(/e([+-])(\d)$/, (_match, sign: string, digit: string) => `e${sign}0${digit}`);
  }
  return Number.isInteger(value) ? `${value.toFixed(0)}.0` : String(value);
}

/** Builds a printed form and refuses one longer than `maxLength` before it exists in full. */
class BoundedText {
  text = '';

  constructor(private readonly maxLength: number) {}

  add(part: string): void {
    if (this.text.length + part.length > this.maxLength) throw new JinjaError(`output longer than ${this.maxLength} characters`);
    this.text += part;
  }
}

function quoteString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}

function scalarStr(value: Exclude<JinjaValue, JinjaValue[] | JinjaDict>): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'None';
  if (value instanceof Undefined) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value instanceof PyFloat) return formatFloat(value.value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatFloat(value);
  return `<built-in function ${value.name}>`;
}

function writeValue(value: JinjaValue, out: BoundedText, repr: boolean): void {
  if (isList(value)) {
    out.add('[');
    value.forEach((item, index) => {
      if (index > 0) out.add(', ');
      writeValue(item, out, true);
    });
    out.add(']');
  } else if (isDict(value)) {
    out.add('{');
    Object.keys(value).forEach((key, index) => {
      out.add(`${index > 0 ? ', ' : ''}${quoteString(key)}: `);
      writeValue(value[key] ?? null, out, true);
    });
    out.add('}');
  } else out.add(repr && typeof value === 'string' ? quoteString(value) : scalarStr(value));
}

/** Python's `repr()` (strings quoted), at most `maxLength` characters. */
export function pyRepr(value: JinjaValue, maxLength = Number.POSITIVE_INFINITY): string {
  const out = new BoundedText(maxLength);
  writeValue(value, out, true);
  return out.text;
}

/** Python's `str()` of a value, which is what `{{ }}` prints, at most `maxLength` characters. */
export function pyStr(value: JinjaValue, maxLength = Number.POSITIVE_INFINITY): string {
  const out = new BoundedText(maxLength);
  writeValue(value, out, false);
  return out.text;
}
