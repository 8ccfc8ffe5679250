/** A compiled api.ai expression: a sequence of parts matched against the tokens of a query. */
export type Pattern = readonly PatternPart[];

export type PatternPart =
  /** One literal word, folded like the query's tokens. */
  | { readonly kind: 'word'; readonly text: string }
  /** `@entity` / `@entity:alias` / `@agent.entity:alias`: a developer (or session) entity. */
  | { readonly kind: 'entity'; readonly name: string; readonly alias?: string; readonly example?: Pattern }
  /** `@sys.name` / `@sys.name:alias`, including `@sys.any` and `@sys.void`. */
  | { readonly kind: 'system'; readonly name: string; readonly alias?: string; readonly example?: Pattern }
  /** `@{a, b c, @sys.void}` / `@{a, b}:alias`: one of several inline alternatives. */
  | { readonly kind: 'choice'; readonly options: readonly Pattern[]; readonly alias?: string };
