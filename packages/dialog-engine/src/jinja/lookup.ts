import { JinjaError } from './jinjaError.js';
import { pyEquals } from './pyEquals.js';
import { capitalize, replace, split, strip, title } from './pythonStrings.js';
import { BuiltinFunction, isDict, isList, newDict, numberOf, pyRepr, pyStr, typeName, Undefined, type JinjaDict, type JinjaValue } from './values.js';

function text(value: JinjaValue | undefined, fallback: string | null): string | null {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') throw new JinjaError(`expected a string argument, got ${typeName(value)}`);
  return value;
}

function integer(value: JinjaValue | undefined, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const number = numberOf(value);
  if (number === undefined || !Number.isInteger(number)) throw new JinjaError(`expected an integer argument, got ${typeName(value)}`);
  return number;
}

type Method<T> = (self: T, args: readonly JinjaValue[]) => JinjaValue;

const STRING_METHODS: ReadonlyMap<string, Method<string>> = new Map<string, Method<string>>([
  ['upper', (self: string) => self.toUpperCase()],
  ['lower', (self: string) => self.toLowerCase()],
  ['capitalize', (self: string) => capitalize(self)],
  ['title', (self: string) => title(self)],
  ['strip', (self: string, args) => strip(self, text(args[0], null), 'both')],
  ['lstrip', (self: string, args) => strip(self, text(args[0], null), 'left')],
  ['rstrip', (self: string, args) => strip(self, text(args[0], null), 'right')],
  ['split', (self: string, args) => split(self, text(args[0], null), integer(args[1], -1))],
  ['replace', (self: string, args) => replace(self, text(args[0], '') ?? '', text(args[1], '') ?? '', integer(args[2], -1))],
  ['startswith', (self: string, args) => self.startsWith(text(args[0], '') ?? '')],
  ['endswith', (self: string, args) => self.endsWith(text(args[0], '') ?? '')],
  ['find', (self: string, args) => self.indexOf(text(args[0], '') ?? '')],
  ['count', (self: string, args) => self.split(text(args[0], '') ?? '').length - 1],
  ['isdigit', (self: string) => /^\d+$/.test(self)],
  ['join', (self: string, args) => listOf(args[0]).map((item) => pyStr(item)).join(self)],
]);

const DICT_METHODS: ReadonlyMap<string, Method<JinjaDict>> = new Map<string, Method<JinjaDict>>([
  ['items', (self: JinjaDict) => Object.keys(self).map((key) => [key, self[key] ?? null])],
  ['keys', (self: JinjaDict) => Object.keys(self)],
  ['values', (self: JinjaDict) => Object.keys(self).map((key) => self[key] ?? null)],
  ['get', (self: JinjaDict, args) => {
    const key = dictKey(args[0] ?? null);
    return key !== undefined && Object.hasOwn(self, key) ? (self[key] ?? null) : (args[1] ?? null);
  }],
]);

const LIST_METHODS: ReadonlyMap<string, Method<JinjaValue[]>> = new Map<string, Method<JinjaValue[]>>([
  ['index', (self: JinjaValue[], args) => {
    const index = self.findIndex((item) => pyEquals(item, args[0] ?? null));
    if (index < 0) throw new JinjaError('value is not in list');
    return index;
  }],
  ['count', (self: JinjaValue[], args) => self.filter((item) => pyEquals(item, args[0] ?? null)).length],
]);

function bind<T>(methods: ReadonlyMap<string, Method<T>>, self: T, name: string): BuiltinFunction | undefined {
  const method = methods.get(name);
  return method === undefined ? undefined : new BuiltinFunction(name, (args) => method(self, args));
}

/** A dict key from a template value: strings, and numbers as their decimal form (YAML keys arrive as strings). */
export function dictKey(key: JinjaValue): string | undefined {
  if (typeof key === 'string') return key;
  if (typeof key === 'number' && Number.isInteger(key)) return String(key);
  return undefined;
}

/** The items a `for` or a filter iterates: a list's items, a dict's keys, a string's characters; Undefined is empty. */
export function listOf(value: JinjaValue | undefined): JinjaValue[] {
  if (value === undefined || value instanceof Undefined) return [];
  if (isList(value)) return value;
  if (typeof value === 'string') return [...value];
  if (isDict(value)) return Object.keys(value);
  throw new JinjaError(`'${typeName(value)}' object is not iterable`);
}

function failOnUndefined(value: JinjaValue): void {
  if (value instanceof Undefined) throw new JinjaError(value.message);
}

/** `value.name`: a method this renderer implements, else (for a dict) the key `name`; anything else is Undefined. */
export function getAttribute(value: JinjaValue, name: string): JinjaValue {
  failOnUndefined(value);
  if (typeof value === 'string') return bind(STRING_METHODS, value, name) ?? new Undefined(`'str object' has no attribute '${name}'`);
  if (isList(value)) return bind(LIST_METHODS, value, name) ?? new Undefined(`'list object' has no attribute '${name}'`);
  if (isDict(value)) {
    const method = bind(DICT_METHODS, value, name);
    if (method !== undefined) return method;
    return Object.hasOwn(value, name) ? (value[name] ?? null) : new Undefined(`'dict object' has no attribute '${name}'`);
  }
  return new Undefined(`'${typeName(value)} object' has no attribute '${name}'`);
}

function index(length: number, key: JinjaValue): number | undefined {
  const number = typeof key === 'boolean' ? undefined : numberOf(key);
  if (number === undefined || !Number.isInteger(number)) return undefined;
  const position = number < 0 ? length + number : number;
  return position >= 0 && position < length ? position : undefined;
}

/** `value[key]`: an own key of a dict, an index of a list or string (negative from the end), else as `value.key`. */
export function getItem(value: JinjaValue, key: JinjaValue): JinjaValue {
  failOnUndefined(value);
  if (isDict(value)) {
    const name = dictKey(key);
    if (name !== undefined && Object.hasOwn(value, name)) return value[name] ?? null;
  } else if (isList(value) || typeof value === 'string') {
    const items = typeof value === 'string' ? [...value] : value;
    const position = index(items.length, key);
    if (position !== undefined) return items[position] ?? null;
  }
  return typeof key === 'string' ? getAttribute(value, key) : new Undefined(`'${typeName(value)} object' has no element ${pyRepr(key)}`);
}

function bound(value: JinjaValue | undefined, length: number, fallback: number, step: number): number {
  if (value === undefined || value === null) return fallback;
  const number = numberOf(value);
  if (number === undefined || !Number.isInteger(number)) throw new JinjaError('slice indices must be integers or None');
  const position = number < 0 ? number + length : number;
  return step > 0 ? Math.min(Math.max(position, 0), length) : Math.min(Math.max(position, -1), length - 1);
}

/** `value[start:stop:step]` on a list or a string, with Python's clamping of the bounds. */
export function getSlice(value: JinjaValue, start: JinjaValue | undefined, stop: JinjaValue | undefined, step: JinjaValue | undefined): JinjaValue {
  failOnUndefined(value);
  if (!isList(value) && typeof value !== 'string') throw new JinjaError(`'${typeName(value)}' object is not subscriptable`);
  const items = typeof value === 'string' ? [...value] : value;
  const stride = step === undefined || step === null ? 1 : numberOf(step);
  if (stride === undefined || stride === 0 || !Number.isInteger(stride)) throw new JinjaError('slice step must be a non-zero integer');
  const first = bound(start, items.length, stride > 0 ? 0 : items.length - 1, stride);
  const last = bound(stop, items.length, stride > 0 ? items.length : -1, stride);
  const picked: JinjaValue[] = [];
  for (let position = first; stride > 0 ? position < last : position > last; position += stride) picked.push(items[position] ?? null);
  return typeof value === 'string' ? picked.join('') : picked;
}

/** A dict with the given entries (used by dict literals and the `dict()` global). */
export function dictOf(entries: readonly (readonly [string, JinjaValue])[]): JinjaDict {
  const dict = newDict();
  for (const [key, item] of entries) dict[key] = item;
  return dict;
}
