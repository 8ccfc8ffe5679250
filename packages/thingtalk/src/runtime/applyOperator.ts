// The comparison operators of ThingTalk 1.x filters. String matching (`=~`, starts_with, …) ignores case,
// as the reference's `like`; `~` on contains/in_array makes element comparison case-insensitive too.
import { compareValues, textOf, valuesEqual } from './compareValues.js';
import { isArrayValue, type RuntimeValue } from './values.js';

function lower(value: RuntimeValue | undefined): string {
  return textOf(value).toLowerCase();
}

function elements(value: RuntimeValue | undefined): readonly RuntimeValue[] {
  if (value === undefined || value === null) return [];
  return isArrayValue(value) ? value : [value];
}

function memberOf(items: readonly RuntimeValue[], item: RuntimeValue | undefined, caseInsensitive: boolean): boolean {
  return items.some((candidate) => (caseInsensitive ? lower(candidate) === lower(item) : valuesEqual(candidate, item)));
}

export function applyOperator(operator: string, lhs: RuntimeValue | undefined, rhs: RuntimeValue | undefined): boolean {
  switch (operator) {
    case '==':
      return valuesEqual(lhs, rhs);
    case '!=':
      return !valuesEqual(lhs, rhs);
    case '>=':
      return lhs !== null && lhs !== undefined && compareValues(lhs, rhs) >= 0;
    case '<=':
      return lhs !== null && lhs !== undefined && compareValues(lhs, rhs) <= 0;
    case '>':
      return lhs !== null && lhs !== undefined && compareValues(lhs, rhs) > 0;
    case '<':
      return lhs !== null && lhs !== undefined && compareValues(lhs, rhs) < 0;
    case '=~':
      return lower(lhs).includes(lower(rhs));
    case '~=':
      return lower(rhs).includes(lower(lhs));
    case 'starts_with':
      return lower(lhs).startsWith(lower(rhs));
    case 'ends_with':
      return lower(lhs).endsWith(lower(rhs));
    case 'prefix_of':
      return lower(rhs).startsWith(lower(lhs));
    case 'suffix_of':
      return lower(rhs).endsWith(lower(lhs));
    case 'contains':
      return memberOf(elements(lhs), rhs, false);
    case 'contains~':
    case '~contains':
      return memberOf(elements(lhs), rhs, true);
    case 'in_array':
      return memberOf(elements(rhs), lhs, false);
    case 'in_array~':
    case '~in_array':
      return memberOf(elements(rhs), lhs, true);
    default:
      throw new Error(`Unsupported operator ${operator}`);
  }
}
