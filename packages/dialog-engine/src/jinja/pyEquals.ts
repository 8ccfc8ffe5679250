import { isDict, isList, numberOf, Undefined, type JinjaValue } from './values.js';

/** Python's `==`: numbers by value (`1 == 1.0 == True`), lists and dicts deeply; Undefined equals only Undefined. */
export function pyEquals(left: JinjaValue, right: JinjaValue): boolean {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined || b !== undefined) return a !== undefined && b !== undefined && a === b;
  if (left instanceof Undefined || right instanceof Undefined) return left instanceof Undefined && right instanceof Undefined;
  if (isList(left) && isList(right)) return left.length === right.length && left.every((item, index) => pyEquals(item, right[index] ?? null));
  if (isDict(left) && isDict(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && pyEquals(left[key] ?? null, right[key] ?? null));
  }
  return left === right;
}
