import type { TypeRef, Value } from '../ast/index.js';
import { EMPTY_SCOPE } from './scope.js';
import { typeOfValue } from './valueType.js';

/**
 * The type of a value that refers to no parameter (an answer the user gave, a constant of a program);
 * `$?` is `Any`. Throws ThingTalkTypeError for a parameter reference or an unknown unit.
 */
export function typeOfConstant(value: Value): TypeRef {
  return typeOfValue(value, EMPTY_SCOPE);
}
