import type { InputParam, Invocation } from './primitives.js';

/** The right-hand side of a rule or command. */
export type Action =
  /** `notify` shows results to the user; `return` sends them back to whoever asked (remote programs). */
  | { readonly type: 'Notify'; readonly name: 'notify' | 'return' }
  | { readonly type: 'Invocation'; readonly invocation: Invocation }
  /** A declared action used by name: `a(p=v)`. */
  | { readonly type: 'VarRef'; readonly name: string; readonly inParams: readonly InputParam[] };

export type ActionType = Action['type'];
