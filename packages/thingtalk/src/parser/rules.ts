import type { Action, Command, Rule, Table } from '../ast/index.js';
import { parseActionList } from './actions.js';
import type { Cursor } from './cursor.js';
import { parseFilteredStream } from './streams.js';
import { parseJoinParams, parseTable } from './tables.js';

/**
 * `T => actions` or just `actions` (after `now =>` and in `oninput` choices). A query and an action can look
 * the same (`@kind.fn(p=v)`), so the query reading is taken only when another `=>` follows it.
 */
export function parseQueryThenActions(c: Cursor): { table: Table | null; actions: Action[] } {
  if (!c.occursBeforeEnd('=>')) return { table: null, actions: parseActionList(c) };
  const table = c.attempt(() => {
    const t = parseTable(c);
    c.expect('=>');
    return t;
  });
  return { table: table ?? null, actions: parseActionList(c) };
}

/** `now => [T =>] actions` or `S [=> T [on (…)]]* => actions` (without the final `;`). */
export function parseRuleBody(c: Cursor): Command | Rule {
  if (c.accept('now')) {
    c.expect('=>');
    const { table, actions } = parseQueryThenActions(c);
    return { type: 'Command', table, actions };
  }
  let stream = parseFilteredStream(c);
  for (;;) {
    if (c.accept('join')) {
      const table = parseTable(c);
      stream = { type: 'Join', stream, table, inParams: parseJoinParams(c) };
      continue;
    }
    c.expect('=>');
    if (!c.occursBeforeEnd('=>')) return { type: 'Rule', stream, actions: parseActionList(c) };
    const joined = c.attempt(() => {
      const table = parseTable(c);
      const inParams = parseJoinParams(c);
      if (!c.at('=>')) c.fail();
      return { table, inParams };
    });
    if (joined === undefined) return { type: 'Rule', stream, actions: parseActionList(c) };
    stream = { type: 'Join', stream, table: joined.table, inParams: joined.inParams };
  }
}
