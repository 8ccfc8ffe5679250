import type { Predicate } from './predicates.js';
import type { InputParam, Invocation } from './primitives.js';
import type { Value } from './values.js';

export type SortDirection = 'asc' | 'desc';

/** Queries ("tables"): what `now => T => …` reads and what `monitor (T)` watches. */
export type Table =
  | { readonly type: 'Invocation'; readonly invocation: Invocation }
  /** A declared query called by name: `q(p=v)`. */
  | { readonly type: 'VarRef'; readonly name: string; readonly inParams: readonly InputParam[] }
  /** `(T), predicate`. */
  | { readonly type: 'Filter'; readonly table: Table; readonly filter: Predicate }
  /** `[a, b] of (T)`. */
  | { readonly type: 'Projection'; readonly table: Table; readonly args: readonly string[] }
  /** `compute expr [as alias] of (T)`. */
  | { readonly type: 'Compute'; readonly table: Table; readonly expression: Value; readonly alias: string | null }
  /** `aggregate count of (T)` (field `*`), `aggregate max|min|sum|avg field [as alias] of (T)`. */
  | {
      readonly type: 'Aggregation';
      readonly table: Table;
      readonly field: string;
      readonly operator: string;
      readonly alias: string | null;
    }
  /** `sort field asc|desc of (T)`. */
  | { readonly type: 'Sort'; readonly table: Table; readonly field: string; readonly direction: SortDirection }
  /** `(T)[1]`, `(T)[1, 3]`, `(T)[-1]`: indices are 1-based, negative from the end. */
  | { readonly type: 'Index'; readonly table: Table; readonly indices: readonly Value[] }
  /** `(T)[base : limit]`. */
  | { readonly type: 'Slice'; readonly table: Table; readonly base: Value; readonly limit: Value }
  /** `(T1 join T2 on (p=q))`: the cross product, with parameters of T2 taken from T1's outputs. */
  | { readonly type: 'Join'; readonly lhs: Table; readonly rhs: Table; readonly inParams: readonly InputParam[] }
  /** `(T) as name`. */
  | { readonly type: 'Alias'; readonly table: Table; readonly name: string };

export type TableType = Table['type'];
