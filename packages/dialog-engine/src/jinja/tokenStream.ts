import { JinjaError } from './jinjaError.js';
import type { Token, TokenType } from './tokenize.js';

function describe(token: Token): string {
  if (token.type === 'eof') return 'end of template';
  if (token.type === 'block_end' || token.type === 'variable_end') return `end of ${token.type === 'block_end' ? 'statement' : 'print'} block`;
  return `'${token.value}'`;
}

/** A cursor over the tokens of one template, with the parser's bound on nesting. */
export class TokenStream {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly maxDepth: number,
  ) {}

  get current(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1] ?? { type: 'eof', value: '', line: 1 };
  }

  look(offset = 1): Token {
    return this.tokens[this.index + offset] ?? { type: 'eof', value: '', line: this.current.line };
  }

  next(): Token {
    const token = this.current;
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }

  /** Whether the current token is an operator `value`, or a name `value` (keywords are names). */
  test(type: TokenType, value?: string): boolean {
    return this.current.type === type && (value === undefined || this.current.value === value);
  }

  skipIf(type: TokenType, value?: string): boolean {
    if (!this.test(type, value)) return false;
    this.next();
    return true;
  }

  expect(type: TokenType, value?: string): Token {
    if (this.test(type, value)) return this.next();
    const wanted = value === undefined ? type.replace('_', ' ') : `'${value}'`;
    throw new JinjaError(`expected ${wanted}, got ${describe(this.current)}`, this.current.line);
  }

  fail(message: string): never {
    throw new JinjaError(message, this.current.line);
  }

  unexpected(): never {
    this.fail(`unexpected ${describe(this.current)}`);
  }

  /** Runs `parse` one level deeper, refusing templates nested beyond the limit. */
  nested<T>(parse: () => T): T {
    this.depth += 1;
    if (this.depth > this.maxDepth) this.fail(`template nested more than ${this.maxDepth} levels deep`);
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }
}
