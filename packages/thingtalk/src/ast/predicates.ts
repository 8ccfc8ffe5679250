import type { DeviceSelector, InputParam } from './primitives.js';
import type { Value } from './values.js';

/**
 * Comparison operators. Infix: `==`, `>=`, `<=`, `>`, `<`, `=~` (contains the substring), `~=` (is a substring of);
 * function style: `contains(p, v)`, `in_array(p, [..])`, `starts_with`, `ends_with`, `prefix_of`, `suffix_of`,
 * and the case-insensitive variants written with `~` (`contains~`, `~contains`, `in_array~`, `~in_array`).
 * `p != v` is sugar for `!(p == v)`.
 */
export type ComparisonOperator = string;

/** Predicates (filters) of tables, streams, edge triggers, external predicates and permission rules. */
export type Predicate =
  /**
   * `true`; with `dontCare`, `true(param)`: any value of that parameter is acceptable (thingtalk 1.10's don't-care
   * predicate, which it also runs as `true`).
   */
  | { readonly type: 'True'; readonly dontCare?: string }
  | { readonly type: 'False' }
  | { readonly type: 'And'; readonly operands: readonly Predicate[] }
  | { readonly type: 'Or'; readonly operands: readonly Predicate[] }
  | { readonly type: 'Not'; readonly expr: Predicate }
  /** `name op value` on a parameter of the table/stream being filtered. */
  | { readonly type: 'Atom'; readonly name: string; readonly operator: ComparisonOperator; readonly value: Value }
  /** `@kind.fn(p=v){ predicate }`: true when some result of the query satisfies the inner predicate. */
  | {
      readonly type: 'External';
      readonly selector: DeviceSelector;
      readonly channel: string;
      readonly inParams: readonly InputParam[];
      readonly filter: Predicate;
    }
  /** `lhs op rhs` where lhs is a computation, e.g. `distance(geo, $context.location.home) <= 10km`. */
  | { readonly type: 'Compute'; readonly lhs: Value; readonly operator: ComparisonOperator; readonly rhs: Value };

export type PredicateType = Predicate['type'];
