import type { Stream, Table, Value } from '../ast/index.js';
import { parseNNCall, parseNNPassing } from './nnCalls.js';
import type { NNReader } from './nnCursor.js';
import { atParam, expectParam, functionName } from './nnCursor.js';
import { parseNNFilter } from './nnFilters.js';
import { parseNNValue } from './nnValues.js';

const AGGREGATES = new Set(['min', 'max', 'sum', 'avg']);

function parenthesized<T>(r: NNReader, parse: (r: NNReader) => T): T {
  r.c.expect('(');
  const inner = parse(r);
  r.c.expect(')');
  return inner;
}

function paramList(r: NNReader): string[] {
  r.c.expect('[');
  const names = [expectParam(r)];
  while (r.c.accept(',')) names.push(expectParam(r));
  r.c.expect(']');
  return names;
}

/** `compute expr of`: a parenthesized constant, a scalar function call or a parameter. */
function computeExpression(r: NNReader): Value {
  const { c } = r;
  let expression: Value;
  if (c.at('(')) expression = parenthesized(r, parseNNValue);
  else if (atParam(r)) expression = parseNNValue(r);
  else {
    const op = c.next().text;
    c.expect('(');
    const operands = [parseNNValue(r)];
    while (c.accept(',')) operands.push(parseNNValue(r));
    c.expect(')');
    expression = { type: 'Computation', op, operands };
  }
  c.expect('of');
  return expression;
}

/** `( T )` followed by `filter …`, `join ( T ) on …`, `[ i , … ]` or `[ b : l ]`. */
function parseParenthesizedTable(r: NNReader): Table {
  const { c } = r;
  const table = parenthesized(r, parseNNTable);
  if (c.accept('filter')) return { type: 'Filter', table, filter: parseNNFilter(r) };
  if (c.accept('join')) {
    const rhs = parenthesized(r, parseNNTable);
    return { type: 'Join', lhs: table, rhs, inParams: parseNNPassing(r) };
  }
  if (c.accept('[')) {
    const first = parseNNValue(r);
    if (c.accept(':')) {
      const limit = parseNNValue(r);
      c.expect(']');
      return { type: 'Slice', table, base: first, limit };
    }
    const indices = [first];
    while (c.accept(',')) indices.push(parseNNValue(r));
    c.expect(']');
    return { type: 'Index', table, indices };
  }
  return table;
}

/** A query in NN syntax. */
export function parseNNTable(r: NNReader): Table {
  const { c } = r;
  if (functionName(c.peek().text) !== null) return { type: 'Invocation', invocation: parseNNCall(r) };
  if (c.at('(')) return parseParenthesizedTable(r);
  if (c.accept('aggregate')) {
    if (c.accept('count')) {
      c.expect('of');
      return { type: 'Aggregation', table: parenthesized(r, parseNNTable), field: '*', operator: 'count', alias: null };
    }
    const operator = c.next().text;
    if (!AGGREGATES.has(operator)) c.failAt(c.peek(-1), `expected an aggregation (count, min, max, sum, avg), found "${operator}"`);
    const field = expectParam(r);
    c.expect('of');
    return { type: 'Aggregation', table: parenthesized(r, parseNNTable), field, operator, alias: null };
  }
  if (c.accept('sort')) {
    const field = expectParam(r);
    const direction = c.accept('asc') ? 'asc' : (c.expect('desc'), 'desc');
    c.expect('of');
    return { type: 'Sort', table: parenthesized(r, parseNNTable), field, direction };
  }
  if (c.at('[')) {
    const args = paramList(r);
    c.expect('of');
    return { type: 'Projection', table: parenthesized(r, parseNNTable), args };
  }
  if (c.accept('compute')) {
    const expression = computeExpression(r);
    return { type: 'Compute', table: parenthesized(r, parseNNTable), expression, alias: null };
  }
  c.noteExpected('a query');
  return c.fail();
}

function namedValue(r: NNReader, name: string): Value {
  r.c.expect(name);
  r.c.expect('=');
  return parseNNValue(r);
}

/** A stream in NN syntax. */
export function parseNNStream(r: NNReader): Stream {
  const { c } = r;
  if (c.accept('timer')) {
    const base = namedValue(r, 'base');
    c.expect(',');
    const interval = namedValue(r, 'interval');
    const frequency = c.at(',') && c.at('frequency', 1) ? (c.next(), namedValue(r, 'frequency')) : null;
    return { type: 'Timer', base, interval, frequency };
  }
  if (c.accept('attimer')) {
    const time = namedValue(r, 'time');
    const expirationDate = c.at(',') && c.at('expiration_date', 1) ? (c.next(), namedValue(r, 'expiration_date')) : null;
    return { type: 'AtTimer', time: time.type === 'Array' ? time.value : [time], expirationDate };
  }
  if (c.accept('monitor')) {
    const table = parenthesized(r, parseNNTable);
    if (!(c.at('on') && c.at('new', 1))) return { type: 'Monitor', table, args: null };
    c.next();
    c.next();
    return { type: 'Monitor', table, args: c.at('[') ? paramList(r) : [expectParam(r)] };
  }
  if (c.accept('edge')) {
    const stream = parenthesized(r, parseNNStream);
    c.expect('on');
    if (c.accept('true')) return { type: 'EdgeFilter', stream, filter: { type: 'True' } };
    return { type: 'EdgeFilter', stream, filter: parseNNFilter(r) };
  }
  if (c.at('[')) {
    const args = paramList(r);
    c.expect('of');
    return { type: 'Projection', stream: parenthesized(r, parseNNStream), args };
  }
  if (c.accept('compute')) {
    const expression = computeExpression(r);
    return { type: 'Compute', stream: parenthesized(r, parseNNStream), expression, alias: null };
  }
  if (c.at('(')) {
    const stream = parenthesized(r, parseNNStream);
    if (!((c.at('=>') || c.at('join')) && c.at('(', 1))) return stream;
    c.next();
    const table = parenthesized(r, parseNNTable);
    return { type: 'Join', stream, table, inParams: parseNNPassing(r) };
  }
  c.noteExpected('a stream');
  return c.fail();
}
