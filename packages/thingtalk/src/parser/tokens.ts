/** Where a token starts: 1-based line and column, 0-based offset. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/**
 * Lexical tokens. Words (identifiers and keywords alike) are `word`: ThingTalk keywords are only reserved where
 * the grammar needs a name (`enum(on)` is fine). Punctuation is `punct` with the operator text.
 */
export type Token = TokenPlace &
  (
  | { readonly kind: 'word'; readonly text: string }
  /** `@com.xkcd.get_comic`: the dotted name after `@` (dashes allowed, as in Thingpedia kinds). */
  | { readonly kind: 'classname'; readonly text: string }
  /** `^^tt:username`: the entity type after `^^`. */
  | { readonly kind: 'entitytype'; readonly text: string }
  /** `$event`, `$context`, `$undefined`, `$?`: the text without the dollar. */
  | { readonly kind: 'dollar'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string; readonly value: string }
  | { readonly kind: 'number'; readonly text: string; readonly value: number }
  /** `70F`, `1.5h`: a number immediately followed by a unit. */
  | {
      readonly kind: 'measure';
      readonly text: string;
      readonly value: number;
      readonly unit: string;
    }
  | { readonly kind: 'punct'; readonly text: string }
  | { readonly kind: 'eof'; readonly text: '' }
  );

/** Where a token starts (also as one object, `pos`). */
interface TokenPlace {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly pos: SourcePosition;
}

export type TokenKind = Token['kind'];

/**
 * The one shape every token has at run time (fields that a kind does not use hold '' or 0), so that the parser's
 * property reads see a single hidden class; the position is kept as numbers and made an object only when asked.
 */
class TokenRecord {
  constructor(
    readonly kind: TokenKind,
    readonly text: string,
    readonly value: string | number,
    readonly unit: string,
    readonly line: number,
    readonly column: number,
    readonly offset: number,
  ) {}

  get pos(): SourcePosition {
    return { line: this.line, column: this.column, offset: this.offset };
  }
}

/** Makes a token; `value` is the string's value or the number's, `unit` the measure's. */
export function makeToken(kind: TokenKind, text: string, line: number, column: number, offset: number, value: string | number = '', unit = ''): Token {
  return new TokenRecord(kind, text, value, unit, line, column, offset) as unknown as Token;
}

/** How a token is named in "expected …, found …" messages. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'eof':
      return 'end of input';
    case 'string':
      return `string ${token.text}`;
    case 'number':
    case 'measure':
      return `number ${token.text}`;
    case 'classname':
      return `"@${token.text}"`;
    case 'entitytype':
      return `"^^${token.text}"`;
    case 'dollar':
      return `"$${token.text}"`;
    default:
      return `"${token.text}"`;
  }
}
