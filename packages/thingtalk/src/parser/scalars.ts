import type { Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { atName, parseQualifiedName } from './names.js';
import { parseOr } from './predicates.js';
import { parseValue } from './values.js';

/** `f(a, b)`: a scalar function call (`distance`, `count`, `sum`, …) inside `compute` or a compute predicate. */
function parseCall(c: Cursor): Value {
  const op = c.next().text;
  c.expect('(');
  const operands: Value[] = [];
  if (!c.at(')')) {
    operands.push(parseScalar(c));
    while (c.accept(',')) operands.push(parseScalar(c));
  }
  c.expect(')');
  return { type: 'Computation', op, operands };
}

const VALUE_FUNCTIONS = new Set(['makeDate', 'makeTime', 'makeLocation', 'makeCurrency', 'start_of', 'end_of', 'enum']);

function parsePrimaryScalar(c: Cursor): Value {
  if (c.at('(') && !c.atKind('measure', 1)) {
    c.next();
    const inner = parseScalar(c);
    c.expect(')');
    return inner;
  }
  if (atName(c) && c.at('(', 1) && !VALUE_FUNCTIONS.has(c.peek().text)) return parseCall(c);
  return parseValue(c);
}

function parseBinary(c: Cursor, operators: readonly string[], operand: (c: Cursor) => Value): Value {
  let lhs = operand(c);
  for (;;) {
    const op = operators.find((o) => c.at(o));
    if (op === undefined) return lhs;
    c.next();
    lhs = { type: 'Computation', op, operands: [lhs, operand(c)] };
  }
}

/** `v filter { predicate }` (the elements of an array for which the predicate holds), or a primary. */
function parseFilterValue(c: Cursor): Value {
  const value = parsePrimaryScalar(c);
  if (!(c.at('filter') && c.at('{', 1))) return value;
  c.next();
  c.next();
  const filter = parseOr(c);
  c.expect('}');
  return { type: 'Filter', value, filter };
}

/** Whether `name[.name…] of` comes next (the start of an array field). */
function atArrayField(c: Cursor): boolean {
  if (!atName(c)) return false;
  let ahead = 1;
  while (c.at('.', ahead) && atName(c, ahead + 1)) ahead += 2;
  return c.at('of', ahead);
}

/** `field of v` (one field of every record of an array; nested fields as `a.b of v`), else a filter value. */
function parseArrayField(c: Cursor): Value {
  if (atArrayField(c)) {
    const field = c.attempt((): Value => {
      const name = parseQualifiedName(c);
      c.expect('of');
      return { type: 'ArrayField', field: name, value: parseFilterValue(c) };
    });
    if (field !== undefined) return field;
  }
  return parseFilterValue(c);
}

const parsePower = (c: Cursor): Value => parseBinary(c, ['**'], parseArrayField);
const parseProduct = (c: Cursor): Value => parseBinary(c, ['*', '/', '%'], parsePower);

/**
 * A scalar expression: values combined with `+ - * / % **`, function calls, `field of v` and `v filter { … }`,
 * left-associative.
 */
export function parseScalar(c: Cursor): Value {
  return parseBinary(c, ['+', '-'], parseProduct);
}
