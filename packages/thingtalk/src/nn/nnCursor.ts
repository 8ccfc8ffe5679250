import { Cursor } from '../parser/cursor.js';
import { makeToken } from '../parser/tokens.js';
import type { Token } from '../parser/tokens.js';
import type { DateContext, EntityMap } from './entities.js';

/** A cursor over NN tokens (each a `word` token; columns count characters of the space-joined sequence). */
export function nnCursor(tokens: readonly string[]): Cursor {
  const list: Token[] = [];
  let offset = 0;
  for (const text of tokens) {
    list.push(makeToken('word', text, 1, offset + 1, offset));
    offset += text.length + 1;
  }
  list.push(makeToken('eof', '', 1, offset + 1, offset));
  return new Cursor(list);
}

/** What the NN parsers share. */
export interface NNReader {
  readonly c: Cursor;
  readonly entities: EntityMap;
  readonly dates: DateContext;
}

/** `param:name` or `param:name:Type` → `name`; null for other tokens. */
export function paramName(token: string): string | null {
  const match = /^param:([\w.]+)(?::.*)?$/.exec(token);
  return match?.[1] ?? null;
}

/** Reads a `param:…` token and returns the parameter name. */
export function expectParam(r: NNReader): string {
  const name = paramName(r.c.peek().text);
  if (name === null) {
    r.c.noteExpected('a parameter ("param:name:Type")');
    r.c.fail();
  }
  r.c.next();
  return name;
}

/** True when the next token is a `param:…` token. */
export function atParam(r: NNReader, ahead = 0): boolean {
  return paramName(r.c.peek(ahead).text) !== null;
}

/** `@kind.channel` → kind and channel; null for other tokens. */
export function functionName(token: string): { kind: string; channel: string } | null {
  const match = /^@([A-Za-z_][\w.-]*)\.([A-Za-z_]\w*)$/.exec(token);
  return match?.[1] !== undefined && match[2] !== undefined ? { kind: match[1], channel: match[2] } : null;
}
