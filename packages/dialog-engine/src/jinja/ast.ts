import type { JinjaValue } from './values.js';

export interface CallArguments {
  readonly args: readonly Expression[];
  readonly kwargs: readonly (readonly [string, Expression])[];
}

export type CompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in';
export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '~' | 'and' | 'or';

/** An expression of Jinja2's grammar. `line` is the template line, for error messages. */
export type Expression = { readonly line: number } & (
  | { readonly kind: 'const'; readonly value: JinjaValue }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'list'; readonly items: readonly Expression[] }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [Expression, Expression])[] }
  | { readonly kind: 'getattr'; readonly target: Expression; readonly name: string }
  | { readonly kind: 'getitem'; readonly target: Expression; readonly key: Expression }
  | { readonly kind: 'slice'; readonly target: Expression; readonly start?: Expression; readonly stop?: Expression; readonly step?: Expression }
  | ({ readonly kind: 'call'; readonly callee: Expression } & CallArguments)
  | ({ readonly kind: 'filter'; readonly name: string; readonly value: Expression } & CallArguments)
  | ({ readonly kind: 'test'; readonly name: string; readonly negated: boolean; readonly value: Expression } & CallArguments)
  | { readonly kind: 'unary'; readonly operator: 'not' | '-' | '+'; readonly operand: Expression }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: Expression; readonly right: Expression }
  | { readonly kind: 'compare'; readonly first: Expression; readonly rest: readonly (readonly [CompareOperator, Expression])[] }
  | { readonly kind: 'conditional'; readonly test: Expression; readonly then: Expression; readonly otherwise?: Expression }
);

/** Names a `for` or `set` assigns: one name, or several unpacked from a sequence (`for key, value in …`). */
export type Target = readonly string[];

/** A statement of a template body. */
export type TemplateNode = { readonly line: number } & (
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'output'; readonly value: Expression }
  | { readonly kind: 'if'; readonly branches: readonly { readonly test: Expression; readonly body: readonly TemplateNode[] }[]; readonly otherwise: readonly TemplateNode[] }
  | {
      readonly kind: 'for';
      readonly target: Target;
      readonly iterable: Expression;
      readonly condition?: Expression;
      readonly body: readonly TemplateNode[];
      readonly otherwise: readonly TemplateNode[];
    }
  | { readonly kind: 'set'; readonly target: Target; readonly value: Expression }
  | { readonly kind: 'set_block'; readonly name: string; readonly body: readonly TemplateNode[] }
);
