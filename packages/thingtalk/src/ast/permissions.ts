import type { Predicate } from './predicates.js';

/** One side of a permission rule. */
export type PermissionFunction =
  /** `now` (query side) or `notify` (action side). */
  | { readonly type: 'Builtin' }
  /** `*`: any function. */
  | { readonly type: 'Star' }
  /** `@kind.*`: any function of the class. */
  | { readonly type: 'ClassStar'; readonly kind: string }
  /** `@kind.channel[, predicate]` (filter True when none is written). */
  | { readonly type: 'Specified'; readonly kind: string; readonly channel: string; readonly filter: Predicate };

/** `source == "bob"^^tt:username : @com.xkcd.get_comic => notify;` */
export interface PermissionRule {
  readonly type: 'PermissionRule';
  readonly principal: Predicate;
  readonly query: PermissionFunction;
  readonly action: PermissionFunction;
}
