import type { Predicate, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseFunctionName, parseInputParams } from './invocations.js';
import { atName, parseQualifiedName } from './names.js';
import { parseScalar } from './scalars.js';
import { parseValue } from './values.js';

/** Infix comparison operators (thingtalk 1.x, plus the `>` and `<` of its NN syntax; `!=` is sugar for `!(a == b)`). */
const INFIX = ['==', '>=', '<=', '>', '<', '=~', '~=', '!='];

function atInfix(c: Cursor): boolean {
  return INFIX.some((op) => c.at(op));
}

function comparison(lhs: (op: string, rhs: Value) => Predicate, c: Cursor): Predicate {
  const op = c.next().text;
  const rhs = parseValue(c);
  const atom = lhs(op === '!=' ? '==' : op, rhs);
  return op === '!=' ? { type: 'Not', expr: atom } : atom;
}

/** `contains(p, v)`, `~contains(p, v)`, `in_array~(p, v)` …, or a computation compared with a value. */
function parseCallPredicate(c: Cursor): Predicate {
  const start = c.position;
  let op = '';
  if (c.accept('~')) op = '~';
  op += c.next().text;
  if (c.accept('~')) op += '~';
  if (c.at('(') && atName(c, 1)) {
    const atom = c.attempt((): Predicate => {
      c.expect('(');
      const name = parseQualifiedName(c);
      c.expect(',');
      const value = parseValue(c);
      c.expect(')');
      if (atInfix(c)) c.fail();
      return { type: 'Atom', name, operator: op === 'substr' ? '=~' : op, value };
    });
    if (atom !== undefined) return atom;
  }
  c.reset(start);
  return parseComputePredicate(c);
}

function parseComputePredicate(c: Cursor): Predicate {
  const lhs = parseScalar(c);
  if (!atInfix(c)) {
    INFIX.forEach((op) => c.noteExpected(op, false));
    c.fail();
  }
  return comparison((operator, rhs) => ({ type: 'Compute', lhs, operator, rhs }), c);
}

function parsePrimaryPredicate(c: Cursor): Predicate {
  if (c.at('(')) {
    const grouped = c.attempt(() => {
      c.next();
      const inner = parseOr(c);
      c.expect(')');
      return inner;
    });
    if (grouped !== undefined) return grouped;
    return parseComputePredicate(c);
  }
  if (c.accept('true')) {
    if (!c.accept('(')) return { type: 'True' };
    const dontCare = parseQualifiedName(c);
    c.expect(')');
    return { type: 'True', dontCare };
  }
  if (c.accept('false')) return { type: 'False' };
  if (c.accept('!')) return { type: 'Not', expr: parsePrimaryPredicate(c) };
  if (c.atKind('classname')) {
    const { selector, channel } = parseFunctionName(c);
    const inParams = parseInputParams(c);
    c.expect('{');
    const filter = parseOr(c);
    c.expect('}');
    return { type: 'External', selector, channel, inParams, filter };
  }
  if (atName(c) && (c.at('(', 1) || c.at('~', 1))) return parseCallPredicate(c);
  if (c.at('~') && atName(c, 1)) return parseCallPredicate(c);
  if (atName(c) && (c.at('.', 1) || INFIX.some((op) => c.at(op, 1)))) {
    const start = c.position;
    const name = parseQualifiedName(c);
    if (atInfix(c)) return comparison((operator, value) => ({ type: 'Atom', name, operator, value }), c);
    c.reset(start);
  }
  c.noteExpected('a predicate');
  return parseComputePredicate(c);
}

function parseAnd(c: Cursor): Predicate {
  const operands = [parsePrimaryPredicate(c)];
  while (c.accept('&&')) operands.push(parsePrimaryPredicate(c));
  const [first] = operands;
  return operands.length === 1 && first !== undefined ? first : { type: 'And', operands };
}

/** A predicate: `||` of `&&` of atoms, `!`, `(…)`, `true`/`false`, function-style and external predicates. */
export function parseOr(c: Cursor): Predicate {
  const operands = [parseAnd(c)];
  while (c.accept('||')) operands.push(parseAnd(c));
  const [first] = operands;
  return operands.length === 1 && first !== undefined ? first : { type: 'Or', operands };
}
