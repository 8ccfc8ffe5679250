import type { Action } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseInputParams, parseInvocation } from './invocations.js';
import { atName } from './names.js';

/** `notify`, `return`, `@kind.fn(…)` or a declared action `name[(…)]`. */
export function parseAction(c: Cursor): Action {
  if (c.accept('notify')) return { type: 'Notify', name: 'notify' };
  if (c.accept('return')) return { type: 'Notify', name: 'return' };
  if (c.atKind('classname')) return { type: 'Invocation', invocation: parseInvocation(c) };
  if (atName(c)) {
    const name = c.next().text;
    return { type: 'VarRef', name, inParams: c.at('(') ? parseInputParams(c) : [] };
  }
  c.noteExpected('an action');
  return c.fail();
}

/** One action, or several in braces: `{ @a(); @b(); }`. */
export function parseActionList(c: Cursor): Action[] {
  if (!c.accept('{')) return [parseAction(c)];
  const actions: Action[] = [];
  do {
    actions.push(parseAction(c));
    c.expect(';');
  } while (!c.accept('}'));
  return actions;
}
