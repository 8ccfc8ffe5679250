import { argument, type Arguments } from './callArguments.js';
import { JinjaError } from './jinjaError.js';
import { getAttribute, getItem, listOf } from './lookup.js';
import { compare } from './operators.js';
import { pyEquals } from './pyEquals.js';
import { percentFormat } from './percentFormat.js';
import { capitalize, replace, strip, title } from './pythonStrings.js';
import { pythonRound } from './pythonRound.js';
import { applyTest } from './tests.js';
import { isDict, isFloat, isList, makeFloat, numberOf, pyStr, truthy, typeName, Undefined, type JinjaValue } from './values.js';

/** What a filter may need besides its arguments. */
interface FilterContext {
  readonly maxLength: number;
}

type Filter = (value: JinjaValue, call: Arguments, context: FilterContext) => JinjaValue;

function text(value: JinjaValue, context: FilterContext): string {
  return pyStr(value, context.maxLength);
}

function optionalInteger(value: JinjaValue | undefined, fallback: number, what: string): number {
  if (value === undefined || value === null) return fallback;
  const number = numberOf(value);
  if (number === undefined || !Number.isInteger(number)) throw new JinjaError(`${what} must be an integer`);
  return number;
}

function optionalString(value: JinjaValue | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new JinjaError(`expected a string, got ${typeName(value)}`);
  return value;
}

/** Python's `int()` of a string: optional sign, digits and underscores, surrounding whitespace. */
function parseInteger(value: string, base: number): number | undefined {
  const trimmed = strip(value, null, 'both').replace(/_/g, '');
  const digits = base === 16 ? /^[-+]?(0x)?[0-9a-f]+$/i : base === 8 ? /^[-+]?(0o)?[0-7]+$/i : base === 2 ? /^[-+]?(0b)?[01]+$/i : /^[-+]?\d+$/;
  if (!digits.test(trimmed)) return undefined;
  const sign = trimmed.startsWith('-') ? -1 : 1;
  const unsigned = trimmed.replace(/^[-+]/, '').replace(/^0[xob]/i, '');
  return sign * Number.parseInt(unsigned, base);
}

/** Python's `float()` of a string. */
function parseFloatValue(value: string): number | undefined {
  const trimmed = strip(value, null, 'both').replace(/_/g, '').toLowerCase();
  if (/^[-+]?(inf|infinity)$/.test(trimmed)) return trimmed.startsWith('-') ? -Infinity : Infinity;
  if (/^[-+]?nan$/.test(trimmed)) return Number.NaN;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

function definedValue(value: JinjaValue): void {
  if (value instanceof Undefined) throw new JinjaError(value.message);
}

function toInteger(value: JinjaValue, call: Arguments): JinjaValue {
  definedValue(value);
  const fallback = argument(call, 0, 'default') ?? 0;
  const base = optionalInteger(argument(call, 1, 'base'), 10, 'base');
  if (typeof value === 'string') {
    const parsed = parseInteger(value, base) ?? parseFloatValue(value);
    return parsed === undefined || !Number.isFinite(parsed) ? fallback : Math.trunc(parsed);
  }
  const number = numberOf(value);
  return number === undefined || !Number.isFinite(number) ? fallback : Math.trunc(number);
}

function toFloat(value: JinjaValue, call: Arguments): JinjaValue {
  definedValue(value);
  const fallback = argument(call, 0, 'default') ?? makeFloat(0);
  const number = typeof value === 'string' ? parseFloatValue(value) : numberOf(value);
  return number === undefined ? fallback : makeFloat(number);
}

function round(value: JinjaValue, call: Arguments): JinjaValue {
  const precision = optionalInteger(argument(call, 0, 'precision'), 0, 'precision');
  const method = optionalString(argument(call, 1, 'method'), 'common');
  const number = numberOf(value);
  if (number === undefined) throw new JinjaError(`type ${typeName(value)} doesn't define __round__ method`);
  if (method === 'common') return isFloat(value) ? makeFloat(pythonRound(number, precision)) : number;
  if (method !== 'ceil' && method !== 'floor') throw new JinjaError('method must be common, ceil or floor');
  const scale = 10 ** precision;
  return makeFloat(Math[method](number * scale) / scale);
}

function truncate(value: JinjaValue, call: Arguments, context: FilterContext): JinjaValue {
  const textValue = text(value, context);
  const length = optionalInteger(argument(call, 0, 'length'), 255, 'length');
  const killWords = truthy(argument(call, 1, 'killwords') ?? false);
  const end = optionalString(argument(call, 2, 'end'), '...');
  const leeway = optionalInteger(argument(call, 3, 'leeway'), 5, 'leeway');
  if (length < end.length) throw new JinjaError('expected length >= end length');
  if (textValue.length <= length + leeway) return textValue;
  if (killWords) return textValue.slice(0, length - end.length) + end;
  const cut = textValue.slice(0, length - end.length);
  const space = cut.lastIndexOf(' ');
  return (space < 0 ? cut : cut.slice(0, space)) + end;
}

function attributeOf(item: JinjaValue, attribute: JinjaValue | undefined): JinjaValue {
  if (attribute === undefined || attribute === null) return item;
  let value = item;
  for (const part of pyStr(attribute).split('.')) value = /^\d+$/.test(part) ? getItem(value, Number(part)) : getItem(value, part);
  return value;
}

function sortKey(value: JinjaValue, caseSensitive: boolean): JinjaValue {
  return !caseSensitive && typeof value === 'string' ? value.toLowerCase() : value;
}

function sorted(value: JinjaValue, reverse: boolean, caseSensitive: boolean, attribute: JinjaValue | undefined): JinjaValue[] {
  const items = [...listOf(value)];
  items.sort((a, b) => {
    const left = sortKey(attributeOf(a, attribute), caseSensitive);
    const right = sortKey(attributeOf(b, attribute), caseSensitive);
    return compare('<', left, right) ? -1 : compare('>', left, right) ? 1 : 0;
  });
  return reverse ? items.reverse() : items;
}

function join(value: JinjaValue, call: Arguments, context: FilterContext): JinjaValue {
  const separator = text(argument(call, 0, 'd') ?? '', context);
  const attribute = argument(call, 1, 'attribute');
  let output = '';
  listOf(value).forEach((item, index) => {
    output += (index > 0 ? separator : '') + text(attributeOf(item, attribute), context);
    if (output.length > context.maxLength) throw new JinjaError(`output longer than ${context.maxLength} characters`);
  });
  return output;
}

function length(value: JinjaValue): JinjaValue {
  if (value instanceof Undefined) return 0;
  if (typeof value === 'string') return [...value].length;
  if (isList(value)) return value.length;
  if (isDict(value)) return Object.keys(value).length;
  throw new JinjaError(`object of type '${typeName(value)}' has no len()`);
}

function edge(value: JinjaValue, last: boolean): JinjaValue {
  const items = listOf(value);
  if (items.length === 0) return new Undefined(`No ${last ? 'last' : 'first'} item, sequence was empty.`);
  return (last ? items[items.length - 1] : items[0]) ?? null;
}

function sum(value: JinjaValue, call: Arguments): JinjaValue {
  const attribute = argument(call, 0, 'attribute');
  let total: JinjaValue = argument(call, 1, 'start') ?? 0;
  for (const item of listOf(value)) total = addValues(total, attributeOf(item, attribute));
  return total;
}

function addValues(left: JinjaValue, right: JinjaValue): JinjaValue {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a === undefined || b === undefined) throw new JinjaError(`unsupported operand type(s) for +: '${typeName(left)}' and '${typeName(right)}'`);
  return isFloat(left) || isFloat(right) ? makeFloat(a + b) : a + b;
}

function extreme(value: JinjaValue, call: Arguments, greatest: boolean): JinjaValue {
  const caseSensitive = truthy(argument(call, 0, 'case_sensitive') ?? false);
  const attribute = argument(call, 1, 'attribute');
  const items = sorted(value, false, caseSensitive, attribute);
  if (items.length === 0) return new Undefined(`No aggregated item, sequence was empty.`);
  return (greatest ? items[items.length - 1] : items[0]) ?? null;
}

function mapItems(value: JinjaValue, call: Arguments, context: FilterContext): JinjaValue {
  const attribute = argument(call, Number.POSITIVE_INFINITY, 'attribute');
  if (attribute !== undefined) {
    const fallback = argument(call, Number.POSITIVE_INFINITY, 'default');
    return listOf(value).map((item) => {
      const found = attributeOf(item, attribute);
      return found instanceof Undefined && fallback !== undefined ? fallback : found;
    });
  }
  const name = argument(call, 0, 'name');
  if (typeof name !== 'string') throw new JinjaError('map needs a filter name or attribute=');
  const rest: Arguments = { args: call.args.slice(1), kwargs: call.kwargs };
  return listOf(value).map((item) => applyFilter(name, item, rest, context));
}

function selectItems(value: JinjaValue, call: Arguments, keep: boolean, byAttribute: boolean): JinjaValue {
  const attribute = byAttribute ? call.args[0] : undefined;
  const testArguments = byAttribute ? call.args.slice(1) : call.args;
  const name = testArguments[0];
  const testCall: Arguments = { args: testArguments.slice(1), kwargs: {} };
  return listOf(value).filter((item) => {
    const subject = byAttribute ? attributeOf(item, attribute) : item;
    const passes = name === undefined ? truthy(subject) : applyTest(pyStr(name), subject, testCall);
    return passes === keep;
  });
}

function center(value: JinjaValue, call: Arguments, context: FilterContext): JinjaValue {
  const textValue = text(value, context);
  const width = optionalInteger(argument(call, 0, 'width'), 80, 'width');
  if (width > context.maxLength) throw new JinjaError(`width over ${context.maxLength}`);
  const total = Math.max(0, width - textValue.length);
  const left = Math.floor(total / 2) + (total % 2 === 1 && width % 2 === 1 ? 1 : 0);
  return ' '.repeat(left) + textValue + ' '.repeat(total - left);
}

function replaceFilter(value: JinjaValue, call: Arguments, context: FilterContext): JinjaValue {
  const textValue = text(value, context);
  const old = text(argument(call, 0, 'old') ?? '', context);
  const replacement = text(argument(call, 1, 'new') ?? '', context);
  const count = optionalInteger(argument(call, 2, 'count'), -1, 'count');
  const occurrences = old === '' ? textValue.length + 1 : textValue.split(old).length - 1;
  const replaced = count < 0 ? occurrences : Math.min(count, occurrences);
  if (textValue.length + replaced * (replacement.length - old.length) > context.maxLength) {
    throw new JinjaError(`output longer than ${context.maxLength} characters`);
  }
  return replace(textValue, old, replacement, count);
}

function escapeHtml(value: JinjaValue, _call: Arguments, context: FilterContext): string {
  return text(value, context).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
}

function unique(value: JinjaValue, call: Arguments): JinjaValue {
  const caseSensitive = truthy(argument(call, 0, 'case_sensitive') ?? false);
  const attribute = argument(call, 1, 'attribute');
  const seen: JinjaValue[] = [];
  const kept: JinjaValue[] = [];
  for (const item of listOf(value)) {
    const key = sortKey(attributeOf(item, attribute), caseSensitive);
    if (seen.some((other) => pyEquals(other, key))) continue;
    seen.push(key);
    kept.push(item);
  }
  return kept;
}

function dictItems(value: JinjaValue): JinjaValue {
  if (value instanceof Undefined) return [];
  if (!isDict(value)) throw new JinjaError(`can only get item pairs from a mapping, not ${typeName(value)}`);
  return Object.keys(value).map((key) => [key, value[key] ?? null]);
}

function defaultValue(value: JinjaValue, call: Arguments): JinjaValue {
  const fallback = argument(call, 0, 'default_value') ?? '';
  const boolean = truthy(argument(call, 1, 'boolean') ?? false);
  return value instanceof Undefined || (boolean && !truthy(value)) ? fallback : value;
}

const FILTERS: ReadonlyMap<string, Filter> = new Map<string, Filter>([
  ['default', defaultValue],
  ['d', defaultValue],
  ['round', round],
  ['int', toInteger],
  ['float', toFloat],
  ['string', (value, _call, context) => text(value, context)],
  ['lower', (value, _call, context) => text(value, context).toLowerCase()],
  ['upper', (value, _call, context) => text(value, context).toUpperCase()],
  ['capitalize', (value, _call, context) => capitalize(text(value, context))],
  ['title', (value, _call, context) => title(text(value, context))],
  ['trim', (value, call, context) => strip(text(value, context), argument(call, 0, 'chars') === undefined ? null : optionalString(argument(call, 0, 'chars'), ''), 'both')],
  ['replace', replaceFilter],
  ['truncate', truncate],
  ['center', center],
  ['wordcount', (value, _call, context) => (text(value, context).match(/\w+/gu) ?? []).length],
  ['join', join],
  ['length', length],
  ['count', length],
  ['first', (value) => edge(value, false)],
  ['last', (value) => edge(value, true)],
  ['list', (value) => [...listOf(value)]],
  ['reverse', (value) => (typeof value === 'string' ? [...value].reverse().join('') : [...listOf(value)].reverse())],
  ['sort', (value, call) => sorted(value, truthy(argument(call, 0, 'reverse') ?? false), truthy(argument(call, 1, 'case_sensitive') ?? false), argument(call, 2, 'attribute'))],
  ['unique', unique],
  ['min', (value, call) => extreme(value, call, false)],
  ['max', (value, call) => extreme(value, call, true)],
  ['sum', sum],
  ['abs', (value) => {
    const number = numberOf(value);
    if (number === undefined) throw new JinjaError(`bad operand type for abs(): '${typeName(value)}'`);
    return isFloat(value) ? makeFloat(Math.abs(number)) : Math.abs(number);
  }],
  ['map', mapItems],
  ['select', (value, call) => selectItems(value, call, true, false)],
  ['reject', (value, call) => selectItems(value, call, false, false)],
  ['selectattr', (value, call) => selectItems(value, call, true, true)],
  ['rejectattr', (value, call) => selectItems(value, call, false, true)],
  ['items', dictItems],
  ['dictsort', (value, call) => sorted(dictItems(value), truthy(argument(call, 2, 'reverse') ?? false), truthy(argument(call, 0, 'case_sensitive') ?? false), argument(call, 1, 'by') === 'value' ? 1 : 0)],
  ['attr', (value, call) => getAttribute(value, optionalString(argument(call, 0, 'name'), ''))],
  ['format', (value, call, context) => percentFormat(text(value, context), call.args.length === 0 ? [] : call.args.length === 1 && isDict(call.args[0] ?? null) ? (call.args[0] ?? null) : [...call.args], context.maxLength)],
  ['escape', escapeHtml],
  ['e', escapeHtml],
  ['safe', (value) => value],
]);

export function hasFilter(name: string): boolean {
  return FILTERS.has(name);
}

export function applyFilter(name: string, value: JinjaValue, call: Arguments, context: FilterContext): JinjaValue {
  const filter = FILTERS.get(name);
  if (filter === undefined) throw new JinjaError(`no filter named '${name}'`);
  return filter(value, call, context);
}
