import type { InputParam, Table, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseInputParams, parseInvocation } from './invocations.js';
import { atName, parseName, parseNameList, parseQualifiedName, parseWord } from './names.js';
import { parseOr } from './predicates.js';
import { parseScalar } from './scalars.js';
import { parseValue } from './values.js';

/** `@kind.fn(…)`, `(T)` or a declared query `name[(…)]`, followed by any `[i, …]` / `[base : limit]`. */
function parsePrimaryTable(c: Cursor): Table {
  let table: Table;
  if (c.atKind('classname')) {
    table = { type: 'Invocation', invocation: parseInvocation(c) };
  } else if (c.accept('(')) {
    table = parseTable(c);
    c.expect(')');
  } else if (atName(c)) {
    const name = c.next().text;
    table = { type: 'VarRef', name, inParams: c.at('(') ? parseInputParams(c) : [] };
  } else {
    c.noteExpected('a query');
    return c.fail();
  }
  while (c.accept('[')) {
    const first = parseValue(c);
    if (c.accept(':')) {
      const limit = parseValue(c);
      c.expect(']');
      table = { type: 'Slice', table, base: first, limit };
      continue;
    }
    const indices: Value[] = [first];
    while (c.accept(',')) indices.push(parseValue(c));
    c.expect(']');
    table = { type: 'Index', table, indices };
  }
  return table;
}

function parseAlias(c: Cursor): string | null {
  return c.accept('as') ? parseName(c, 'an alias') : null;
}

/** The prefix forms (`[a] of`, `aggregate`, `compute`, `sort`) and primaries, with an optional `as alias`. */
export function parseAliasTable(c: Cursor): Table {
  let table: Table;
  if (c.at('[')) {
    const args = parseNameList(c);
    c.expect('of');
    table = { type: 'Projection', table: parseAliasTable(c), args };
  } else if (c.accept('aggregate')) {
    let field = '*';
    const operator = parseWord(c, 'an aggregation operator');
    if (operator !== 'count' || !(c.at('of') || c.at('as'))) field = parseQualifiedName(c);
    const alias = parseAlias(c);
    c.expect('of');
    table = { type: 'Aggregation', table: parseAliasTable(c), field, operator, alias };
  } else if (c.accept('compute')) {
    const expression = parseScalar(c);
    const alias = parseAlias(c);
    c.expect('of');
    table = { type: 'Compute', table: parseAliasTable(c), expression, alias };
  } else if (c.accept('sort')) {
    const field = parseQualifiedName(c);
    const direction = c.accept('asc') ? 'asc' : (c.expect('desc'), 'desc');
    c.expect('of');
    table = { type: 'Sort', table: parseAliasTable(c), field, direction };
  } else {
    table = parsePrimaryTable(c);
  }
  if (c.accept('as')) table = { type: 'Alias', table, name: parseName(c, 'an alias') };
  return table;
}

/** `T[, predicate]`. */
export function parseFilteredTable(c: Cursor): Table {
  const table = parseAliasTable(c);
  return c.accept(',') ? { type: 'Filter', table, filter: parseOr(c) } : table;
}

/** `on (p=v, …)` after a join operand, or no parameters. */
export function parseJoinParams(c: Cursor): InputParam[] {
  return c.accept('on') ? parseInputParams(c) : [];
}

/** A query: filtered tables combined with `join … [on (…)]`, left-associative. */
export function parseTable(c: Cursor): Table {
  let table = parseFilteredTable(c);
  while (c.accept('join')) {
    const rhs = parseFilteredTable(c);
    table = { type: 'Join', lhs: table, rhs, inParams: parseJoinParams(c) };
  }
  return table;
}
