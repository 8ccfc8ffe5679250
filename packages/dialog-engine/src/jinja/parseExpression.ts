import type { BinaryOperator, CallArguments, CompareOperator, Expression } from './ast.js';
import { hasFilter } from './filters.js';
import { hasTest } from './tests.js';
import type { TokenStream } from './tokenStream.js';
import { makeFloat } from './values.js';

const COMPARE_OPERATORS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);
const CONSTANTS: ReadonlyMap<string, boolean | null> = new Map([['true', true], ['True', true], ['false', false], ['False', false], ['none', null], ['None', null]]);
/** Tokens that may start the argument of a test written without parentheses (`x is divisibleby 3`). */
const TEST_ARGUMENT_START: ReadonlySet<string> = new Set(['name', 'string', 'integer', 'float']);

type Binary = (stream: TokenStream) => Expression;

/** Left-associative binary level: `next (op next)*` for the operators of `operators`. */
function binaryLevel(operators: readonly BinaryOperator[], type: 'operator' | 'name', next: Binary): Binary {
  return (stream) => {
    let left = next(stream);
    for (;;) {
      const operator = operators.find((candidate) => stream.test(type, candidate));
      if (operator === undefined) return left;
      const line = stream.next().line;
      left = { kind: 'binary', operator, left, right: next(stream), line };
    }
  };
}

function parseCallArguments(stream: TokenStream): CallArguments {
  stream.expect('operator', '(');
  const args: Expression[] = [];
  const kwargs: [string, Expression][] = [];
  while (!stream.test('operator', ')')) {
    if (args.length + kwargs.length > 0) {
      stream.expect('operator', ',');
      if (stream.test('operator', ')')) break;
    }
    if (stream.test('name') && stream.look().type === 'operator' && stream.look().value === '=') {
      const name = stream.next().value;
      stream.next();
      kwargs.push([name, parseExpression(stream)]);
    } else {
      if (kwargs.length > 0) stream.fail('positional argument after keyword argument');
      args.push(parseExpression(stream));
    }
  }
  stream.expect('operator', ')');
  return { args, kwargs };
}

/** Items up to `close`, separated by commas, a trailing comma allowed. */
function parseSequence<T>(stream: TokenStream, close: string, item: () => T): T[] {
  const items: T[] = [];
  while (!stream.test('operator', close)) {
    if (items.length > 0) {
      stream.expect('operator', ',');
      if (stream.test('operator', close)) break;
    }
    items.push(item());
  }
  stream.expect('operator', close);
  return items;
}

function parsePrimary(stream: TokenStream): Expression {
  const token = stream.current;
  const line = token.line;
  if (token.type === 'name') {
    stream.next();
    const constant = CONSTANTS.get(token.value);
    return constant === undefined ? { kind: 'name', name: token.value, line } : { kind: 'const', value: constant, line };
  }
  if (token.type === 'string') {
    let value = stream.next().value;
    while (stream.test('string')) value += stream.next().value;
    return { kind: 'const', value, line };
  }
  if (token.type === 'integer') return { kind: 'const', value: Number(stream.next().value), line };
  if (token.type === 'float') return { kind: 'const', value: makeFloat(Number(stream.next().value)), line };
  if (stream.skipIf('operator', '(')) {
    if (stream.skipIf('operator', ')')) return { kind: 'list', items: [], line };
    const first = parseExpression(stream);
    if (stream.skipIf('operator', ')')) return first;
    stream.expect('operator', ',');
    return { kind: 'list', items: [first, ...parseSequence(stream, ')', () => parseExpression(stream))], line };
  }
  if (stream.skipIf('operator', '[')) return { kind: 'list', items: parseSequence(stream, ']', () => parseExpression(stream)), line };
  if (stream.skipIf('operator', '{')) {
    const entries = parseSequence(stream, '}', () => {
      const key = parseExpression(stream);
      stream.expect('operator', ':');
      return [key, parseExpression(stream)] as const;
    });
    return { kind: 'dict', entries, line };
  }
  return stream.unexpected();
}

function parseSubscript(stream: TokenStream, target: Expression): Expression {
  const line = stream.expect('operator', '[').line;
  const bound = (): Expression | undefined => (stream.test('operator', ':') || stream.test('operator', ']') ? undefined : parseExpression(stream));
  const start = bound();
  if (start !== undefined && stream.skipIf('operator', ']')) return { kind: 'getitem', target, key: start, line };
  stream.expect('operator', ':');
  const stop = bound();
  const step = stream.skipIf('operator', ':') ? bound() : undefined;
  stream.expect('operator', ']');
  return { kind: 'slice', target, line, ...(start && { start }), ...(stop && { stop }), ...(step && { step }) };
}

function parsePostfix(stream: TokenStream, primary: Expression): Expression {
  let node = primary;
  for (;;) {
    const line = stream.current.line;
    if (stream.skipIf('operator', '.')) {
      const attribute = stream.next();
      if (attribute.type === 'name') node = { kind: 'getattr', target: node, name: attribute.value, line };
      else if (attribute.type === 'integer') node = { kind: 'getitem', target: node, key: { kind: 'const', value: Number(attribute.value), line }, line };
      else stream.fail('expected name or number after .');
    } else if (stream.test('operator', '[')) node = parseSubscript(stream, node);
    else if (stream.test('operator', '(')) node = { kind: 'call', callee: node, ...parseCallArguments(stream), line };
    else return node;
  }
}

function parseFilterOrTest(stream: TokenStream, value: Expression): Expression {
  let node = value;
  for (;;) {
    const line = stream.current.line;
    if (stream.skipIf('operator', '|')) {
      const name = stream.expect('name').value;
      if (!hasFilter(name)) stream.fail(`no filter named '${name}'`);
      const call = stream.test('operator', '(') ? parseCallArguments(stream) : { args: [], kwargs: [] };
      node = { kind: 'filter', name, value: node, ...call, line };
    } else if (stream.skipIf('name', 'is')) {
      const negated = stream.skipIf('name', 'not');
      const name = stream.test('operator') && COMPARE_OPERATORS.has(stream.current.value) ? stream.next().value : stream.expect('name').value;
      if (!hasTest(name)) stream.fail(`no test named '${name}'`);
      let call: CallArguments = { args: [], kwargs: [] };
      if (stream.test('operator', '(')) call = parseCallArguments(stream);
      else if (TEST_ARGUMENT_START.has(stream.current.type) && !['else', 'or', 'and'].includes(stream.current.value)) {
        if (stream.test('name', 'is')) stream.fail('You cannot chain multiple tests with is');
        call = { args: [parsePostfix(stream, parsePrimary(stream))], kwargs: [] };
      }
      node = { kind: 'test', name, negated, value: node, ...call, line };
    } else if (stream.test('operator', '(')) node = { kind: 'call', callee: node, ...parseCallArguments(stream), line };
    else return node;
  }
}

function parseUnary(stream: TokenStream, withFilter = true): Expression {
  return stream.nested(() => {
    const line = stream.current.line;
    let node: Expression;
    if (stream.skipIf('operator', '-')) node = { kind: 'unary', operator: '-', operand: parseUnary(stream, false), line };
    else if (stream.skipIf('operator', '+')) node = { kind: 'unary', operator: '+', operand: parseUnary(stream, false), line };
    else node = parsePrimary(stream);
    node = parsePostfix(stream, node);
    return withFilter ? parseFilterOrTest(stream, node) : node;
  });
}

// Jinja2's precedence, loosest last: ** (left-associative, as in Jinja2), * / // %, ~, + -, comparisons, not, and, or.
const parsePower = binaryLevel(['**'], 'operator', (stream) => parseUnary(stream));
const parseProduct = binaryLevel(['*', '/', '//', '%'], 'operator', parsePower);
const parseConcat = binaryLevel(['~'], 'operator', parseProduct);
const parseSum = binaryLevel(['+', '-'], 'operator', parseConcat);

function parseCompare(stream: TokenStream): Expression {
  const line = stream.current.line;
  const first = parseSum(stream);
  const rest: [CompareOperator, Expression][] = [];
  for (;;) {
    if (stream.test('operator') && COMPARE_OPERATORS.has(stream.current.value)) rest.push([stream.next().value as CompareOperator, parseSum(stream)]);
    else if (stream.skipIf('name', 'in')) rest.push(['in', parseSum(stream)]);
    else if (stream.test('name', 'not') && stream.look().type === 'name' && stream.look().value === 'in') {
      stream.next();
      stream.next();
      rest.push(['not in', parseSum(stream)]);
    } else break;
  }
  return rest.length === 0 ? first : { kind: 'compare', first, rest, line };
}

function parseNot(stream: TokenStream): Expression {
  const line = stream.current.line;
  if (stream.skipIf('name', 'not')) return stream.nested(() => ({ kind: 'unary', operator: 'not', operand: parseNot(stream), line }));
  return parseCompare(stream);
}

const parseAnd = binaryLevel(['and'], 'name', parseNot);
const parseOr = binaryLevel(['or'], 'name', parseAnd);

/** An expression without the conditional form, as after `for x in` (where `if` starts the loop filter). */
export function parseIterable(stream: TokenStream): Expression {
  return stream.nested(() => parseOr(stream));
}

/** One expression, conditional expressions (`a if b else c`) included. */
export function parseExpression(stream: TokenStream): Expression {
  return stream.nested(() => {
    let node = parseOr(stream);
    while (stream.test('name', 'if')) {
      const line = stream.next().line;
      const test = parseOr(stream);
      const otherwise = stream.skipIf('name', 'else') ? parseExpression(stream) : undefined;
      node = { kind: 'conditional', test, then: node, line, ...(otherwise && { otherwise }) };
    }
    return node;
  });
}

/** An expression, or several separated by commas (a tuple, as on the right of `set a, b = 1, 2`). */
export function parseTuple(stream: TokenStream): Expression {
  const line = stream.current.line;
  const first = parseExpression(stream);
  if (!stream.test('operator', ',')) return first;
  const items = [first];
  while (stream.skipIf('operator', ',')) {
    if (stream.test('block_end') || stream.test('operator', ':')) break;
    items.push(parseExpression(stream));
  }
  return { kind: 'list', items, line };
}
