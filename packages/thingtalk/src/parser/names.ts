import type { Cursor } from './cursor.js';

/** Words that cannot name a parameter, variable or declaration (thingtalk 1.x `keyword`). */
const KEYWORDS: ReadonlySet<string> = new Set([
  'true', 'false', 'let', 'now', 'new', 'as', 'of', 'in', 'out', 'req', 'opt', 'notify', 'return', 'join', 'edge',
  'monitor', 'class', 'extends', 'mixin', 'this', 'import', 'null', 'enum', 'aggregate', 'dataset', 'oninput', 'sort',
  'asc', 'desc', 'bookkeeping', 'compute', 'timer', 'attimer',
]);

/** True when the next token is a name (a word that is not a keyword). */
export function atName(c: Cursor, ahead = 0): boolean {
  const token = c.peek(ahead);
  return token.kind === 'word' && !KEYWORDS.has(token.text);
}

/** An identifier: a word that is not a keyword. */
export function parseName(c: Cursor, what = 'an identifier'): string {
  if (!atName(c)) {
    c.noteExpected(what);
    c.fail();
  }
  return c.next().text;
}

/** Any word, keywords included (enum members, units, annotation names). */
export function parseWord(c: Cursor, what: string): string {
  return c.expectKind('word', what).text;
}

/** `a.b.c`: a parameter name, possibly qualified by an alias. */
export function parseQualifiedName(c: Cursor): string {
  let name = parseName(c, 'a parameter name');
  while (c.at('.') && atName(c, 1)) {
    c.next();
    name += '.' + c.next().text;
  }
  return name;
}

/** `[a, b]`: a list of parameter names (projections, `on new [...]`). */
export function parseNameList(c: Cursor): string[] {
  c.expect('[');
  const names = [parseQualifiedName(c)];
  while (c.accept(',')) names.push(parseQualifiedName(c));
  c.expect(']');
  return names;
}
