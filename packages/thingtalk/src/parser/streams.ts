import type { Stream, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseInputParams } from './invocations.js';
import { atName, parseName, parseNameList } from './names.js';
import { parseOr } from './predicates.js';
import { parseScalar } from './scalars.js';
import { parseAliasTable, parseFilteredTable, parseJoinParams } from './tables.js';
import { parseValue } from './values.js';

/** `name=value` where the name is fixed by the grammar (timer and attimer arguments). */
function parseNamedArgument(c: Cursor, name: string): Value {
  c.expect(name);
  c.expect('=');
  return parseValue(c);
}

function parseTimer(c: Cursor): Stream {
  c.expect('(');
  const base = parseNamedArgument(c, 'base');
  c.expect(',');
  const interval = parseNamedArgument(c, 'interval');
  const frequency = c.accept(',') ? parseNamedArgument(c, 'frequency') : null;
  c.expect(')');
  return { type: 'Timer', base, interval, frequency };
}

function parseAtTimer(c: Cursor): Stream {
  c.expect('(');
  const time = parseNamedArgument(c, 'time');
  const expirationDate = c.accept(',') ? parseNamedArgument(c, 'expiration_date') : null;
  c.expect(')');
  return { type: 'AtTimer', time: time.type === 'Array' ? time.value : [time], expirationDate };
}

function parseMonitor(c: Cursor): Stream {
  const table = parseAliasTable(c);
  if (c.at('on') && c.at('new', 1) && c.at('[', 2)) {
    c.next();
    c.next();
    return { type: 'Monitor', table, args: parseNameList(c) };
  }
  return { type: 'Monitor', table, args: null };
}

function parseEdge(c: Cursor): Stream {
  const stream = parseAliasStream(c);
  c.expect('on');
  if (c.accept('new')) {
    // `edge (monitor T) on new` means the same as `monitor T` (thingtalk's optimizer rewrites it)
    return stream.type === 'Monitor' ? stream : { type: 'EdgeNew', stream };
  }
  return { type: 'EdgeFilter', stream, filter: parseOr(c) };
}

function parsePrimaryStream(c: Cursor): Stream {
  if (c.accept('timer')) return parseTimer(c);
  if (c.accept('attimer')) return parseAtTimer(c);
  if (c.accept('monitor')) return parseMonitor(c);
  if (c.accept('edge')) return parseEdge(c);
  if (c.accept('(')) {
    const stream = parseStream(c);
    c.expect(')');
    return stream;
  }
  if (c.at('[')) {
    const args = parseNameList(c);
    c.expect('of');
    return { type: 'Projection', stream: parseAliasStream(c), args };
  }
  if (c.accept('compute')) {
    const expression = parseScalar(c);
    const alias = c.accept('as') ? parseName(c, 'an alias') : null;
    c.expect('of');
    return { type: 'Compute', stream: parseAliasStream(c), expression, alias };
  }
  if (atName(c)) {
    const name = c.next().text;
    return { type: 'VarRef', name, inParams: c.at('(') ? parseInputParams(c) : [] };
  }
  c.noteExpected('a stream');
  return c.fail();
}

function parseAliasStream(c: Cursor): Stream {
  const stream = parsePrimaryStream(c);
  return c.accept('as') ? { type: 'Alias', stream, name: parseName(c, 'an alias') } : stream;
}

/** `S[, predicate]`. */
export function parseFilteredStream(c: Cursor): Stream {
  const stream = parseAliasStream(c);
  return c.accept(',') ? { type: 'Filter', stream, filter: parseOr(c) } : stream;
}

/** A stream joined with queries: `S => T [on (…)]` or `S join T [on (…)]`, left-associative. */
export function parseStream(c: Cursor): Stream {
  let stream = parseFilteredStream(c);
  while (c.at('join') || c.at('=>')) {
    c.next();
    const table = parseFilteredTable(c);
    stream = { type: 'Join', stream, table, inParams: parseJoinParams(c) };
  }
  return stream;
}
