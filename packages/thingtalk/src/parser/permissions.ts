import type { PermissionFunction, PermissionRule } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseOr } from './predicates.js';

/** `now`/`notify` (builtin), `*`, `@kind.*` or `@kind.fn[, predicate]`. */
function parsePermissionFunction(c: Cursor, builtin: 'now' | 'notify'): PermissionFunction {
  if (c.accept(builtin)) return { type: 'Builtin' };
  if (c.accept('*')) return { type: 'Star' };
  const token = c.expectKind('classname', `"${builtin}", "*" or a function name`);
  if (c.accept('.')) {
    c.expect('*');
    return { type: 'ClassStar', kind: token.text };
  }
  const dot = token.text.lastIndexOf('.');
  if (dot < 0) c.failAt(token, `expected a function name ("@kind.function"), found "@${token.text}"`);
  const filter = c.accept(',') ? parseOr(c) : { type: 'True' as const };
  return { type: 'Specified', kind: token.text.slice(0, dot), channel: token.text.slice(dot + 1), filter };
}

/** `principal-predicate : query-side => action-side [;]` */
export function parsePermissionRule(c: Cursor): PermissionRule {
  const principal = parseOr(c);
  c.expect(':');
  const start = c.peek();
  const query = parsePermissionFunction(c, 'now');
  c.expect('=>');
  const action = parsePermissionFunction(c, 'notify');
  c.accept(';');
  if (query.type === 'Builtin' && action.type === 'Builtin') c.failAt(start, 'permission rule specifies no access');
  return { type: 'PermissionRule', principal, query, action };
}
