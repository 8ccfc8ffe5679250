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
export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly pos: SourcePosition }
  /** `@com.xkcd.get_comic`: the dotted name after `@` (dashes allowed, as in Thingpedia kinds). */
  | { readonly kind: 'classname'; readonly text: string; readonly pos: SourcePosition }
  /** `^^tt:username`: the entity type after `^^`. */
  | { readonly kind: 'entitytype'; readonly text: string; readonly pos: SourcePosition }
  /** `$event`, `$context`, `$undefined`, `$?`: the text without the dollar. */
  | { readonly kind: 'dollar'; readonly text: string; readonly pos: SourcePosition }
  | { readonly kind: 'string'; readonly text: string; readonly value: string; readonly pos: SourcePosition }
  | { readonly kind: 'number'; readonly text: string; readonly value: number; readonly pos: SourcePosition }
  /** `70F`, `1.5h`: a number immediately followed by a unit. */
  | {
      readonly kind: 'measure';
      readonly text: string;
      readonly value: number;
      readonly unit: string;
      readonly pos: SourcePosition;
    }
  | { readonly kind: 'punct'; readonly text: string; readonly pos: SourcePosition }
  | { readonly kind: 'eof'; readonly text: ''; readonly pos: SourcePosition };

export type TokenKind = Token['kind'];

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
