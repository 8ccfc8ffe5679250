import type { CompoundMeasureValue, DateBase, MeasureValue, Value } from '../ast/index.js';
import { entityToValue, splitPlaceholder } from './entities.js';
import type { NNReader } from './nnCursor.js';
import { expectParam, functionName, paramName } from './nnCursor.js';
import { Cursor } from '../parser/cursor.js';
import { tokenize } from '../parser/lexer.js';
import { parseType } from '../parser/types.js';
import { RELATIVE_LOCATIONS, RELATIVE_TIMES } from '../parser/values.js';

const NUMBER = /^\d+(\.\d+)?$/;

/** A SLOT_n entity may carry the value already chosen for the slot (a ThingTalk value); else it is `$?`. */
function slotValue(raw: unknown): Value {
  const isValue = typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string';
  return isValue ? (raw as Value) : { type: 'Undefined', local: true };
}

function placeholderValue(r: NNReader, token: string, type: string): Value {
  if (type === 'SLOT') return slotValue(r.entities[token]);
  if (!Object.hasOwn(r.entities, token)) r.c.failAt(r.c.peek(-1), `entity ${token} is not in the entity map`);
  const value = entityToValue(type, r.entities[token], r.dates);
  if (value === null) r.c.failAt(r.c.peek(-1), `invalid value for entity ${token}: ${JSON.stringify(r.entities[token])}`);
  return value;
}

/** `" word word "` after the opening quote; returns the words joined by spaces. */
function quotedWords(r: NNReader): string {
  const words: string[] = [];
  while (!r.c.at('"')) {
    if (r.c.atKind('eof')) r.c.expect('"');
    words.push(r.c.next().text);
  }
  r.c.next();
  return words.join(' ');
}

/** A plain number: a literal, a NUMBER_n placeholder, or `-` followed by one. */
function atNumber(r: NNReader, ahead = 0): boolean {
  const text = r.c.peek(ahead).text;
  return NUMBER.test(text) || splitPlaceholder(text)?.[0] === 'NUMBER' || (text === '-' && atNumber(r, ahead + 1));
}

function parseNumber(r: NNReader): number {
  if (r.c.accept('-')) return -parseNumber(r);
  const token = r.c.next().text;
  if (NUMBER.test(token)) return Number(token);
  const value = placeholderValue(r, token, 'NUMBER');
  return value.type === 'Number' ? value.value : 0;
}

/** A number with `unit:x`, or a MEASURE_x_n / DURATION_n placeholder; null when the next tokens are not one. */
function tryMeasure(r: NNReader): MeasureValue | null {
  const placeholder = splitPlaceholder(r.c.peek().text);
  if (placeholder !== null && (placeholder[0] === 'DURATION' || placeholder[0].startsWith('MEASURE_'))) {
    const value = placeholderValue(r, r.c.next().text, placeholder[0]);
    return value.type === 'Measure' ? value : null;
  }
  const start = r.c.position;
  if (!atNumber(r)) return null;
  const value = parseNumber(r);
  if (r.c.peek().text.startsWith('unit:')) return { type: 'Measure', value, unit: r.c.next().text.slice('unit:'.length) };
  r.c.reset(start);
  return null;
}

/** One or more measures in a row (a compound measure such as `6 unit:ft 3 unit:in`). */
function measureSum(r: NNReader, first: MeasureValue): MeasureValue | CompoundMeasureValue {
  const parts = [first];
  for (let next = tryMeasure(r); next !== null; next = tryMeasure(r)) parts.push(next);
  return parts.length === 1 ? first : { type: 'CompoundMeasure', value: parts };
}

function dateWithOffset(r: NNReader, value: DateBase): Value {
  if ((r.c.at('+') || r.c.at('-'))) {
    const operator = r.c.next().text === '-' ? '-' : '+';
    const measure = tryMeasure(r);
    if (measure === null) {
      r.c.noteExpected('a duration');
      r.c.fail();
    }
    return { type: 'Date', value, operator, offset: measureSum(r, measure) };
  }
  return { type: 'Date', value, operator: '+', offset: null };
}

/** `context:selection:String`: a `$context.name : Type` value. */
function contextRef(r: NNReader, token: string): Value {
  const match = /^context:(\w+):(.+)$/.exec(token);
  if (match?.[1] === undefined || match[2] === undefined) return r.c.failAt(r.c.peek(), `invalid context value ${token}`);
  const types = new Cursor(tokenize(match[2]));
  const valueType = types.run(() => parseType(types));
  r.c.next();
  return { type: 'ContextRef', name: match[1], valueType };
}

/** A constant or parameter reference in NN syntax. */
export function parseNNValue(r: NNReader): Value {
  const { c } = r;
  const token = c.peek().text;
  const measure = tryMeasure(r);
  if (measure !== null) return measureSum(r, measure);
  if (atNumber(r)) return { type: 'Number', value: parseNumber(r) };
  if (c.accept('undefined')) return { type: 'Undefined', local: true };
  if (c.accept('event')) return { type: 'Event', name: null };
  if (c.accept('true')) return { type: 'Boolean', value: true };
  if (c.accept('false')) return { type: 'Boolean', value: false };
  if (c.accept('""')) return { type: 'String', value: '' };
  if (c.accept('now')) return dateWithOffset(r, { kind: 'now' });
  if (c.at('start_of') || c.at('end_of')) {
    const edge = c.next().text === 'start_of' ? 'start_of' : 'end_of';
    const unit = c.next().text;
    if (!unit.startsWith('unit:')) c.failAt(c.peek(-1), `expected a unit after ${edge}, found "${unit}"`);
    return dateWithOffset(r, { kind: 'edge', edge, unit: unit.slice('unit:'.length) });
  }
  if (c.accept('{')) {
    const fields: Record<string, Value> = {};
    if (!c.accept('}')) {
      do {
        const name = expectParam(r);
        c.expect('=');
        fields[name] = parseNNValue(r);
      } while (c.accept(','));
      c.expect('}');
    }
    return { type: 'Object', value: fields };
  }
  if (token.startsWith('context:')) return contextRef(r, token);
  if (c.accept('[')) {
    const items: Value[] = [];
    if (!c.accept(']')) {
      do items.push(parseNNValue(r));
      while (c.accept(','));
      c.expect(']');
    }
    return { type: 'Array', value: items };
  }
  if (c.accept('"')) {
    const words = quotedWords(r);
    const entityType = c.peek().text.startsWith('^^') ? c.next().text.slice(2) : null;
    if (entityType === null) return { type: 'String', value: words };
    const byValue = entityType === 'tt:hashtag' || entityType === 'tt:username';
    return { type: 'Entity', value: byValue ? words : null, entityType, display: byValue ? null : words };
  }
  if (c.at('new') && c.at('Date', 1) && c.at('(', 2)) {
    c.next();
    c.next();
    c.next();
    const text = c.accept('"') ? quotedWords(r) : parseNNValue(r);
    c.expect(')');
    const iso = typeof text === 'string' ? text : text.type === 'String' ? text.value : '';
    const time = Date.parse(iso);
    if (Number.isNaN(time)) c.failAt(c.peek(-1), `invalid date ${JSON.stringify(iso)}`);
    return dateWithOffset(r, { kind: 'instant', iso: new Date(time).toISOString() });
  }
  const fn = functionName(token);
  if (fn !== null) {
    c.next();
    return { type: 'Entity', value: `${fn.kind}:${fn.channel}`, entityType: 'tt:function', display: null };
  }
  if (c.accept('location:')) {
    c.expect('"');
    return { type: 'Location', value: { kind: 'unresolved', name: quotedWords(r) } };
  }
  const placeholder = splitPlaceholder(token);
  if (placeholder !== null) {
    c.next();
    const value = placeholderValue(r, token, placeholder[0]);
    return value.type === 'Date' ? dateWithOffset(r, value.value) : value;
  }
  const name = paramName(token);
  if (name !== null) {
    c.next();
    return { type: 'VarRef', name };
  }
  const prefixed = /^(location|time|enum|device):(.+)$/.exec(token);
  if (prefixed?.[1] !== undefined && prefixed[2] !== undefined) {
    c.next();
    const [, prefix, rest] = prefixed;
    if (prefix === 'location') {
      if (!RELATIVE_LOCATIONS.includes(rest)) c.failAt(c.peek(-1), `unknown location ${token}`);
      return { type: 'Location', value: { kind: 'relative', name: rest } };
    }
    if (prefix === 'enum') return { type: 'Enum', value: rest };
    if (prefix === 'device') return { type: 'Entity', value: rest, entityType: 'tt:device', display: null };
    const parts = rest.split(':').map(Number);
    if (parts.length >= 2 && parts.every((n) => Number.isInteger(n))) {
      const [hour = 0, minute = 0, second = 0] = parts;
      return { type: 'Time', value: { kind: 'absolute', hour, minute, second } };
    }
    if (!RELATIVE_TIMES.includes(rest)) c.failAt(c.peek(-1), `unknown time ${token}`);
    return { type: 'Time', value: { kind: 'relative', name: rest } };
  }
  c.noteExpected('a value');
  return c.fail();
}
