import { listAlternatives, ThingTalkSyntaxError } from './syntaxError.js';
import { describeToken } from './tokens.js';
import type { Token, TokenKind } from './tokens.js';

type TokenOf<K extends TokenKind> = Extract<Token, { kind: K }>;

/**
 * How the parser signals a syntax error internally: a plain object, not an Error, so that backtracking does
 * not pay for a stack trace. `Cursor.run` turns it into a ThingTalkSyntaxError.
 */
class ParseFailure {
  constructor(
    readonly at: Token,
    /** A specific message, or null for "expected …, found …". */
    readonly detail: string | null,
    /** What was expected (descriptions marked), read only when the failure is reported. */
    private readonly expectedSet: ReadonlySet<string>,
  ) {}

  expected(): string[] {
    return [...this.expectedSet].map((e) => (e.startsWith(DESCRIPTION) ? e.slice(1) : `"${e}"`));
  }

  message(): string {
    if (this.detail !== null) return this.detail;
    const found = describeToken(this.at);
    const expected = this.expected();
    return expected.length > 0 ? `expected ${listAlternatives(expected)}, found ${found}` : `unexpected ${found}`;
  }
}

/** Marks a description ("a value") among the expected tokens, which are shown quoted. */
const DESCRIPTION = '\u0001';

/**
 * A position in the token list with the recursive-descent helpers. It remembers, for the furthest position
 * reached, what the grammar would have accepted there, so a failure reports every alternative.
 */
export class Cursor {
  private index = 0;
  private furthest = 0;
  private expectedAtFurthest: Set<string> | null = null;
  /** In quiet mode, the one failure every `fail()` throws. */
  private quietFailure: ParseFailure | undefined;
  /** The index of the final `eof` token, which reading never moves past. */
  private readonly last: number;
  private readonly eof: Token;

  /**
   * A quiet cursor does not record what was expected where, and every failure is the same object: the cheap
   * first attempt at a parse, repeated with a recording cursor only when it fails, to report the error.
   */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly quiet = false,
  ) {
    this.last = tokens.length - 1;
    const eof = tokens[this.last];
    if (eof === undefined) throw new Error('token list must end with eof');
    this.eof = eof;
  }

  get position(): number {
    return this.index;
  }

  /** Backtracks to a saved position. */
  reset(position: number): void {
    this.index = position;
  }

  peek(ahead = 0): Token {
    return this.tokens[this.index + ahead] ?? this.eof;
  }

  next(): Token {
    const token = this.tokens[this.index] ?? this.eof;
    if (this.index < this.last) this.index++;
    return token;
  }

  /** True when the next token is this punctuation or word (keyword). */
  at(text: string, ahead = 0): boolean {
    const token = this.tokens[this.index + ahead] ?? this.eof;
    return token.text === text && (token.kind === 'punct' || token.kind === 'word');
  }

  atKind(kind: TokenKind, ahead = 0): boolean {
    return this.peek(ahead).kind === kind;
  }

  /**
   * Whether `text` occurs ahead before the end of the current statement (a `;`, or a closing bracket that
   * was opened before), outside nested brackets. Cheap lookahead that spares a backtracking attempt.
   */
  occursBeforeEnd(text: string): boolean {
    let depth = 0;
    for (let j = this.index; j < this.tokens.length; j++) {
      const token = this.tokens[j] as Token;
      if (token.kind === 'eof') return false;
      if (token.kind !== 'punct') continue;
      if (depth === 0 && token.text === text) return true;
      if (token.text === '(' || token.text === '[' || token.text === '{') depth++;
      else if (token.text === ')' || token.text === ']' || token.text === '}') {
        if (depth === 0) return false;
        depth--;
      } else if (token.text === ';' && depth === 0) return false;
    }
    return false;
  }

  /** Consumes the punctuation/keyword if it is next; otherwise records it as expected and returns false. */
  accept(text: string): boolean {
    const token = this.tokens[this.index] ?? this.eof;
    if (token.text === text && (token.kind === 'punct' || token.kind === 'word')) {
      if (this.index < this.last) this.index++;
      return true;
    }
    if (!this.quiet) this.noteExpected(text, false);
    return false;
  }

  expect(text: string): Token {
    const token = this.tokens[this.index] ?? this.eof;
    if (token.text === text && (token.kind === 'punct' || token.kind === 'word')) {
      if (this.index < this.last) this.index++;
      return token;
    }
    this.noteExpected(text, false);
    return this.fail();
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

  /**
   * Records what would have been accepted at the current position (for the error message): a description
   * such as "a value", or (with `isDescription` false) a token shown quoted.
   */
  noteExpected(what: string, isDescription = true): void {
    if (this.quiet || this.index < this.furthest) return;
    if (this.index > this.furthest || this.expectedAtFurthest === null) {
      this.furthest = this.index;
      this.expectedAtFurthest = new Set();
    }
    this.expectedAtFurthest.add(isDescription ? DESCRIPTION + what : what);
  }

  /** Throws a syntax error at the furthest position reached, listing what was expected there. */
  fail(): never {
    if (this.quiet) throw (this.quietFailure ??= new ParseFailure(this.peek(), null, new Set()));
    throw new ParseFailure(this.tokens[this.furthest] ?? this.peek(), null, this.expectedAtFurthest ?? new Set());
  }

  /** Throws a syntax error with a specific message at a token. */
  failAt(token: Token, detail: string): never {
    throw new ParseFailure(token, detail, new Set());
  }

  /** Runs a whole parse, reporting a failure as a ThingTalkSyntaxError. */
  run<T>(parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof ParseFailure) throw new ThingTalkSyntaxError(error.at.pos, error.message(), error.expected());
      throw error;
    }
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
      if (!(error instanceof ParseFailure)) throw error;
      this.index = saved;
      return undefined;
    }
  }
}
