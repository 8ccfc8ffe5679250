import type { LocationSpec, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { atDate, parseDate } from './dates.js';
import { parseMeasureSum } from './measures.js';
import { parseName, parseQualifiedName, parseWord } from './names.js';
import { parseType } from './types.js';

function parseNumber(c: Cursor): number {
  return c.expectKind('number', 'a number').value;
}

function parseString(c: Cursor): string {
  return c.expectKind('string', 'a string').value;
}

/** After `new Time` / `makeTime`: `(h, m[, s])`. */
function parseTimeArguments(c: Cursor): Value {
  c.expect('(');
  const hour = parseNumber(c);
  c.expect(',');
  const minute = parseNumber(c);
  const second = c.accept(',') ? parseNumber(c) : 0;
  c.expect(')');
  return { type: 'Time', value: { kind: 'absolute', hour, minute, second } };
}

/** After `new Location` / `makeLocation`: `(lat, lon[, "display"])` or `("place name")`. */
function parseLocationArguments(c: Cursor): Value {
  c.expect('(');
  let spec: LocationSpec;
  if (c.atKind('string')) {
    spec = { kind: 'unresolved', name: parseString(c) };
  } else {
    const lat = parseNumber(c);
    c.expect(',');
    const lon = parseNumber(c);
    const display = c.accept(',') ? parseString(c) : null;
    spec = { kind: 'absolute', lat, lon, display };
  }
  c.expect(')');
  return { type: 'Location', value: spec };
}

/** After `new Currency` / `makeCurrency`: `(25, usd)`. */
function parseCurrencyArguments(c: Cursor): Value {
  c.expect('(');
  const value = parseNumber(c);
  c.expect(',');
  const code = parseWord(c, 'a currency code').toLowerCase();
  c.expect(')');
  return { type: 'Currency', value, code };
}

export const RELATIVE_LOCATIONS = ['home', 'work', 'current_location'];
export const RELATIVE_TIMES = ['morning', 'evening'];

function parseOneOf(c: Cursor, words: readonly string[]): string {
  const word = words.find((w) => c.accept(w));
  return word ?? c.fail();
}

/**
 * `$?`, `$undefined[.remote]`, `$event[.type|.program_id]`, `$context.location.*`, `$context.time.*`,
 * `$context.name : Type`.
 */
function parseDollarValue(c: Cursor): Value {
  const token = c.expectKind('dollar', 'a value');
  switch (token.text) {
    case '?':
      return { type: 'Undefined', local: true };
    case 'undefined':
      if (c.accept('.')) {
        c.expect('remote');
        return { type: 'Undefined', local: false };
      }
      return { type: 'Undefined', local: true };
    case 'event':
      if (c.at('.') && (c.at('type', 1) || c.at('program_id', 1))) {
        c.next();
        return { type: 'Event', name: c.next().text };
      }
      return { type: 'Event', name: null };
    case 'context': {
      c.expect('.');
      if (c.at('location') && c.at('.', 1)) {
        c.next();
        c.next();
        return { type: 'Location', value: { kind: 'relative', name: parseOneOf(c, RELATIVE_LOCATIONS) } };
      }
      if (c.at('time') && c.at('.', 1)) {
        c.next();
        c.next();
        return { type: 'Time', value: { kind: 'relative', name: parseOneOf(c, RELATIVE_TIMES) } };
      }
      const name = parseName(c, 'a context value');
      c.expect(':');
      return { type: 'ContextRef', name, valueType: parseType(c) };
    }
    default:
      return c.failAt(token, `unknown value $${token.text}`);
  }
}

/** `"v"^^type("display")` after the string (or `null`) has been read. */
function parseEntityRest(c: Cursor, value: string | null): Value {
  const entityType = c.expectKind('entitytype', 'an entity type').text;
  let display: string | null = null;
  if (value === null || (c.at('(') && c.atKind('string', 1))) {
    c.expect('(');
    display = parseString(c);
    c.expect(')');
  }
  return { type: 'Entity', value, entityType, display };
}

function parseArray(c: Cursor): Value {
  c.expect('[');
  const items: Value[] = [];
  if (!c.at(']')) {
    items.push(parseValue(c));
    while (c.accept(',')) items.push(parseValue(c));
  }
  c.expect(']');
  return { type: 'Array', value: items };
}

function parseObject(c: Cursor): Value {
  c.expect('{');
  const fields: Record<string, Value> = {};
  if (c.accept('}')) return { type: 'Object', value: fields };
  do {
    const name = parseName(c, 'a field name');
    c.expect('=');
    fields[name] = parseValue(c);
  } while (c.accept(','));
  c.expect('}');
  return { type: 'Object', value: fields };
}

const CONSTRUCTORS: Record<string, (c: Cursor) => Value> = {
  Time: parseTimeArguments,
  Location: parseLocationArguments,
  Currency: parseCurrencyArguments,
};
const MAKERS: Record<string, (c: Cursor) => Value> = {
  makeTime: parseTimeArguments,
  makeLocation: parseLocationArguments,
  makeCurrency: parseCurrencyArguments,
};

/** Parses any ThingTalk value (constants, `$?`, `$event`, `$context.*`, parameter references). */
export function parseValue(c: Cursor): Value {
  if (atDate(c)) return parseDate(c);
  const token = c.peek();
  switch (token.kind) {
    case 'string':
      c.next();
      return c.atKind('entitytype') ? parseEntityRest(c, token.value) : { type: 'String', value: token.value };
    case 'number':
      c.next();
      return { type: 'Number', value: token.value };
    case 'measure':
      return parseMeasureSum(c);
    case 'dollar':
      return parseDollarValue(c);
    case 'word': {
      if (c.accept('true')) return { type: 'Boolean', value: true };
      if (c.accept('false')) return { type: 'Boolean', value: false };
      if (c.at('null') && c.atKind('entitytype', 1)) {
        c.next();
        return parseEntityRest(c, null);
      }
      if (c.at('enum') && c.at('(', 1)) {
        c.next();
        c.next();
        const value = parseWord(c, 'an enum value');
        c.expect(')');
        return { type: 'Enum', value };
      }
      const constructor = c.at('new') ? CONSTRUCTORS[c.peek(1).text] : undefined;
      if (constructor !== undefined) {
        c.next();
        c.next();
        return constructor(c);
      }
      const maker = c.at('(', 1) ? MAKERS[token.text] : undefined;
      if (maker !== undefined) {
        c.next();
        return maker(c);
      }
      return { type: 'VarRef', name: parseQualifiedName(c) };
    }
    case 'punct':
      if (token.text === '[') return parseArray(c);
      if (token.text === '{') return parseObject(c);
      if (token.text === '(' && c.atKind('measure', 1)) return parseMeasureSum(c);
      break;
    default:
      break;
  }
  c.noteExpected('a value');
  return c.fail();
}
