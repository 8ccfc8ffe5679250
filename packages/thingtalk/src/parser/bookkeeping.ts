import type { Bookkeeping, BookkeepingIntent, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseWord } from './names.js';
import { parseOr } from './predicates.js';
import { parseValue } from './values.js';

/** `commands(category="c"[, device=v])` or `commands(device=v, category="c")`. */
function parseCommandList(c: Cursor): BookkeepingIntent {
  c.expect('(');
  let device: Value = { type: 'Undefined', local: true };
  let category: string | null = null;
  do {
    const name = c.peek();
    if (c.accept('category') && c.expect('=')) category = c.expectKind('string', 'a category string').value;
    else if (c.accept('device') && c.expect('=')) device = parseValue(c);
    else c.failAt(name, `expected "category" or "device", found "${name.text}"`);
  } while (c.accept(','));
  c.expect(')');
  if (category === null) return c.fail();
  return { type: 'CommandList', device, category };
}

function parseIntent(c: Cursor): BookkeepingIntent {
  const word = parseWord(c, 'a bookkeeping intent');
  const call = c.at('(');
  if (word === 'commands' && call) return parseCommandList(c);
  if (word === 'choice' && call) {
    c.expect('(');
    const index = c.expectKind('number', 'a number').value;
    c.expect(')');
    return { type: 'Choice', index };
  }
  if (word === 'answer' && call) {
    c.expect('(');
    const value = parseValue(c);
    c.expect(')');
    return { type: 'Answer', value };
  }
  if (word === 'predicate' && call) {
    c.expect('(');
    const filter = parseOr(c);
    c.expect(')');
    return { type: 'Predicate', filter };
  }
  return { type: 'Special', name: word };
}

/** `bookkeeping(intent);` */
export function parseBookkeeping(c: Cursor): Bookkeeping {
  c.expect('bookkeeping');
  c.expect('(');
  const intent = parseIntent(c);
  c.expect(')');
  c.expect(';');
  return { type: 'Bookkeeping', intent };
}
