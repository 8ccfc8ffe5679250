import type { SourcePosition } from './tokens.js';

/** A ThingTalk syntax error: `Syntax error at 1:15: expected ";" or "=>", found "foo"`. */
export class ThingTalkSyntaxError extends Error {
  override readonly name = 'SyntaxError';
  readonly line: number;
  readonly column: number;
  readonly expected: readonly string[];

  constructor(pos: SourcePosition, detail: string, expected: readonly string[] = []) {
    super(`Syntax error at ${pos.line}:${pos.column}: ${detail}`);
    this.line = pos.line;
    this.column = pos.column;
    this.expected = expected;
  }
}

/** Joins alternatives for a message: `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function listAlternatives(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
