import type { Annotations, Value } from '../ast/index.js';
import type { Cursor } from './cursor.js';
import { parseWord } from './names.js';
import { parseValue } from './values.js';

/** Any number of `#_[name=value]` / `#[name=value]`. */
export function parseAnnotations(c: Cursor): Annotations {
  const nl: Record<string, Value> = {};
  const impl: Record<string, Value> = {};
  for (;;) {
    const target = c.accept('#_[') ? nl : c.accept('#[') ? impl : null;
    if (target === null) return { nl, impl };
    const name = parseWord(c, 'an annotation name');
    c.expect('=');
    target[name] = parseValue(c);
    c.expect(']');
  }
}
