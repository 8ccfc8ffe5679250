import { listAlternatives, ThingTalkSyntaxError } from './syntaxError.js';
import { describeToken } from './tokens.js';
import type { Token, TokenKind } from './tokens.js';

type TokenOf<K extends TokenKind> = Extract<Token, { kind: K }>;

/**
 * A position in the token list with the recursive-descent helpers. It remembers, for the furthest position
 * reached, what the grammar would have accepted there, so a failure reports every alternative.
 */
export class Cursor {
  private index = 0;
  private furthest = 0;
  private expectedAtFurthest = new Set<string>();

  constructor(private readonly tokens: readonly Token[]) {}

  get position(): number {
    return this.index;
  }

  /** Backtracks to a saved position. */
  reset(position: number): void {
    this.index = position;
  }

  peek(ahead = 0): Token {
    const token = this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)];
    if (token === undefined) throw new Error('token list must end with eof');
    return token;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  /** True when the next token is this punctuation or word (keyword). */
  at(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return (token.kind === 'punct' || token.kind === 'word') && token.text === text;
  }

  atKind(kind: TokenKind, ahead = 0): boolean {
    return this.peek(ahead).kind === kind;
  }

  /** Consumes the punctuation/keyword if it is next; otherwise records it as expected and returns false. */
  accept(text: string): boolean {
    if (this.at(text)) {
      this.next();
      return true;
    }
    this.noteExpected(`"${text}"`);
    return false;
  }

  expect(text: string): Token {
    if (!this.accept(text)) this.fail();
    return this.peek(-1);
  }

  expectKind<K extends TokenKind>(kind: K, what: string): TokenOf<K> {
    const token = this.peek();
    if (token.kind !== kind) {
      this.noteExpected(what);
      this.fail();
    }
    this.next();
    return token as TokenOf<K>;
  }

  /** Records what would have been accepted at the current position (for the error message). */
  noteExpected(what: string): void {
    if (this.index > this.furthest) {
      this.furthest = this.index;
      this.expectedAtFurthest = new Set();
    }
    if (this.index === this.furthest) this.expectedAtFurthest.add(what);
  }

  /** Throws a syntax error at the furthest position reached, listing what was expected there. */
  fail(): never {
    const at = this.tokens[this.furthest] ?? this.peek();
    const expected = [...this.expectedAtFurthest];
    const detail =
      expected.length > 0
        ? `expected ${listAlternatives(expected)}, found ${describeToken(at)}`
        : `unexpected ${describeToken(at)}`;
    throw new ThingTalkSyntaxError(at.pos, detail, expected);
  }

  /** Throws a syntax error with a specific message at a token. */
  failAt(token: Token, detail: string): never {
    throw new ThingTalkSyntaxError(token.pos, detail);
  }

  /**
   * Runs `parse`; on a syntax error restores the position and returns undefined (for the few places where
   * ThingTalk needs more than one token of lookahead).
   */
  attempt<T>(parse: () => T): T | undefined {
    const saved = this.index;
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ThingTalkSyntaxError)) throw error;
      this.index = saved;
      return undefined;
    }
  }
}
