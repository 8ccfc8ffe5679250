import type { Action } from './actions.js';
import type { Annotations } from './annotations.js';
import type { ClassDef } from './classes.js';
import type { Stream } from './streams.js';
import type { Table } from './tables.js';
import type { TypeRef } from './types.js';
import type { Value } from './values.js';

/** `(p_name : Type)` in declarations and dataset examples, in source order. */
export interface LambdaArg {
  readonly name: string;
  readonly type: TypeRef;
}

/** `now => [T =>] actions;` (table null for `now => @a();`). */
export interface Command {
  readonly type: 'Command';
  readonly table: Table | null;
  readonly actions: readonly Action[];
}

/** `S => actions;` (`monitor (T) => notify;`, `timer(…) => @a();`). */
export interface Rule {
  readonly type: 'Rule';
  readonly stream: Stream;
  readonly actions: readonly Action[];
}

/** `let result name := T;` */
export interface Assignment {
  readonly type: 'Assignment';
  readonly name: string;
  readonly table: Table;
}

/** The executable statements of a program. */
export type Statement = Command | Rule | Assignment;

interface DeclarationCommon {
  readonly type: 'Declaration';
  readonly name: string;
  readonly args: readonly LambdaArg[];
  readonly annotations: Annotations;
}

/** `let stream|query|action|program|procedure name(args) := body #_[…];` */
export type Declaration =
  | (DeclarationCommon & { readonly kind: 'stream'; readonly value: Stream })
  | (DeclarationCommon & { readonly kind: 'query'; readonly value: Table })
  | (DeclarationCommon & { readonly kind: 'action'; readonly value: Action })
  | (DeclarationCommon & { readonly kind: 'program' | 'procedure'; readonly value: Program });

/** One alternative of `oninput => { [T =>] actions #_[…]; … }`. */
export interface OnInputChoice {
  readonly table: Table | null;
  readonly actions: readonly Action[];
  readonly annotations: Annotations;
}

/**
 * A program: `[executor = principal :] { classes declarations statements oninput }`.
 * The short form without braces (`now => @a();`) is a program with one statement.
 */
export interface Program {
  readonly type: 'Program';
  /** Who runs it (`executor = "bob"^^tt:username : …`), null for the local user. */
  readonly principal: Value | null;
  readonly classes: readonly ClassDef[];
  readonly declarations: readonly Declaration[];
  readonly statements: readonly Statement[];
  /** The choices of the `oninput` block (empty when there is none). */
  readonly oninputs: readonly OnInputChoice[];
}
