import type { Predicate, Value } from '../ast/index.js';
import { parseNNCall } from './nnCalls.js';
import type { NNReader } from './nnCursor.js';
import { atParam, expectParam, functionName } from './nnCursor.js';
import { parseNNValue } from './nnValues.js';

const OPERATORS = new Set([
  '==', '>=', '<=', '>', '<', '=~', '~=', 'starts_with', 'ends_with', 'prefix_of', 'suffix_of', 'contains', 'in_array',
  'contains~', '~contains', 'in_array~', '~in_array',
]);

function parseOperator(r: NNReader): string {
  const op = r.c.peek().text;
  if (!OPERATORS.has(op)) {
    r.c.noteExpected('a comparison operator');
    r.c.fail();
  }
  r.c.next();
  return op;
}

/** `v filter { … }`, or a value. */
function parseFilterValue(r: NNReader): Value {
  const value = parseNNValue(r);
  if (!(r.c.at('filter') && r.c.at('{', 1))) return value;
  r.c.next();
  r.c.next();
  const filter = parseNNFilter(r);
  r.c.expect('}');
  return { type: 'Filter', value, filter };
}

/** `param:field of v`, `v filter { … }` or a value: an operand of a computation. */
function parseOperand(r: NNReader): Value {
  if (atParam(r) && r.c.at('of', 1)) {
    const field = expectParam(r);
    r.c.next();
    return { type: 'ArrayField', field, value: parseFilterValue(r) };
  }
  return parseFilterValue(r);
}

/** `distance ( a , b )`, `count ( param:x filter { … } )`, `( constant )`: the left side of a compute filter. */
function parseScalarExpression(r: NNReader): Value {
  const { c } = r;
  if (c.accept('(')) {
    const value = parseOperand(r);
    c.expect(')');
    return value;
  }
  if (atParam(r) || c.peek().text.startsWith('context:')) return parseOperand(r);
  const op = c.next().text;
  c.expect('(');
  const operands = [parseOperand(r)];
  while (c.accept(',')) operands.push(parseOperand(r));
  c.expect(')');
  return { type: 'Computation', op, operands };
}

function parseLiteral(r: NNReader): Predicate {
  const { c } = r;
  if (c.accept('not')) return { type: 'Not', expr: parseLiteral(r) };
  if (c.at('true') && !c.at('}', 1)) {
    c.next();
    return { type: 'True', dontCare: expectParam(r) };
  }
  if (atParam(r) && !c.at('of', 1) && !c.at('filter', 1)) {
    const name = expectParam(r);
    const operator = parseOperator(r);
    return { type: 'Atom', name, operator, value: parseNNValue(r) };
  }
  if (functionName(c.peek().text) !== null) {
    const { selector, channel, inParams } = parseNNCall(r);
    c.expect('{');
    const filter: Predicate = c.at('true') && c.at('}', 1) ? (c.next(), { type: 'True' }) : parseNNFilter(r);
    c.expect('}');
    return { type: 'External', selector, channel, inParams, filter };
  }
  if (c.at('(', 1) || c.at('(') || atParam(r) || c.peek().text.startsWith('context:')) {
    const lhs = parseScalarExpression(r);
    const operator = parseOperator(r);
    return { type: 'Compute', lhs, operator, rhs: parseNNValue(r) };
  }
  c.noteExpected('a filter');
  return c.fail();
}

function combine(type: 'And' | 'Or', operands: Predicate[]): Predicate {
  const [first] = operands;
  return operands.length === 1 && first !== undefined ? first : { type, operands };
}

/** A filter in CNF: `a or b and c` means `(a || b) && c` (and binds looser than or, unlike ThingTalk). */
export function parseNNFilter(r: NNReader): Predicate {
  const clauses: Predicate[] = [];
  do {
    const literals = [parseLiteral(r)];
    while (r.c.accept('or')) literals.push(parseLiteral(r));
    clauses.push(combine('Or', literals));
  } while (r.c.accept('and'));
  return combine('And', clauses);
}
