import type { Predicate } from './predicates.js';
import type { InputParam } from './primitives.js';
import type { Table } from './tables.js';
import type { Value } from './values.js';

/** Streams: the left-hand side of a rule (`S => …;`). */
export type Stream =
  /** `timer(base=new Date(), interval=1h[, frequency=2])`. */
  | { readonly type: 'Timer'; readonly base: Value; readonly interval: Value; readonly frequency: Value | null }
  /** `attimer(time=new Time(8, 30))` or `attimer(time=[t1, t2][, expiration_date=…])`. */
  | { readonly type: 'AtTimer'; readonly time: readonly Value[]; readonly expirationDate: Value | null }
  /** `monitor (T)` fires when T's results change; `on new [a, b]` only when those fields change. */
  | { readonly type: 'Monitor'; readonly table: Table; readonly args: readonly string[] | null }
  /** `edge (S) on new`. */
  | { readonly type: 'EdgeNew'; readonly stream: Stream }
  /** `edge (S) on predicate`: fires when the predicate becomes true. */
  | { readonly type: 'EdgeFilter'; readonly stream: Stream; readonly filter: Predicate }
  /** `(S), predicate`. */
  | { readonly type: 'Filter'; readonly stream: Stream; readonly filter: Predicate }
  /** `[a, b] of (S)`. */
  | { readonly type: 'Projection'; readonly stream: Stream; readonly args: readonly string[] }
  /** `compute expr [as alias] of (S)`. */
  | { readonly type: 'Compute'; readonly stream: Stream; readonly expression: Value; readonly alias: string | null }
  /** `(S) as name`. */
  | { readonly type: 'Alias'; readonly stream: Stream; readonly name: string }
  /** `(S => T on (p=q))` (also written `S join T`): each event of S joined with the results of T. */
  | { readonly type: 'Join'; readonly stream: Stream; readonly table: Table; readonly inParams: readonly InputParam[] }
  /** A declared stream used by name: `s(p=v)`. */
  | { readonly type: 'VarRef'; readonly name: string; readonly inParams: readonly InputParam[] };

export type StreamType = Stream['type'];
