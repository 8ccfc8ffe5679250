import type { BinaryOperator, CompareOperator } from './ast.js';
import { JinjaError } from './jinjaError.js';
import { dictKey } from './lookup.js';
import { percentFormat } from './percentFormat.js';
import { pyEquals } from './pyEquals.js';
import { isDict, isFloat, isList, makeFloat, numberOf, pyStr, typeName, Undefined, type JinjaValue } from './values.js';

function unsupported(operator: string, left: JinjaValue, right: JinjaValue): JinjaError {
  for (const side of [left, right]) if (side instanceof Undefined) return new JinjaError(side.message);
  return new JinjaError(`unsupported operand type(s) for ${operator}: '${typeName(left)}' and '${typeName(right)}'`);
}

/** Python's ordering: numbers with numbers, strings with strings, lists item by item. */
function order(left: JinjaValue, right: JinjaValue, operator: string): number {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined && b !== undefined) return a < b ? -1 : a > b ? 1 : 0;
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  if (isList(left) && isList(right)) {
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
      const itemLeft = left[index] ?? null;
      const itemRight = right[index] ?? null;
      if (!pyEquals(itemLeft, itemRight)) return order(itemLeft, itemRight, operator);
    }
    return left.length - right.length;
  }
  for (const side of [left, right]) if (side instanceof Undefined) throw new JinjaError(side.message);
  throw new JinjaError(`'${operator}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
}

/** Python's `in`: substring of a string, item of a list, key of a dict; nothing is in Undefined. */
export function contains(container: JinjaValue, item: JinjaValue): boolean {
  if (container instanceof Undefined) return false;
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new JinjaError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (isList(container)) return container.some((candidate) => pyEquals(candidate, item));
  if (isDict(container)) {
    const key = dictKey(item);
    return key !== undefined && Object.hasOwn(container, key);
  }
  throw new JinjaError(`argument of type '${typeName(container)}' is not iterable`);
}

export function compare(operator: CompareOperator, left: JinjaValue, right: JinjaValue): boolean {
  switch (operator) {
    case '==': return pyEquals(left, right);
    case '!=': return !pyEquals(left, right);
    case 'in': return contains(right, left);
    case 'not in': return !contains(right, left);
    case '<': return order(left, right, operator) < 0;
    case '<=': return order(left, right, operator) <= 0;
    case '>': return order(left, right, operator) > 0;
    case '>=': return order(left, right, operator) >= 0;
  }
}

function repeat(sequence: string | JinjaValue[], times: number, maxLength: number): JinjaValue {
  const count = Math.max(0, times);
  if (sequence.length * count > maxLength) throw new JinjaError(`repetition longer than ${maxLength}`);
  if (typeof sequence === 'string') return sequence.repeat(count);
  const items: JinjaValue[] = [];
  for (let index = 0; index < count; index += 1) items.push(...sequence);
  return items;
}

function numeric(operator: BinaryOperator, a: number, b: number, float: boolean): JinjaValue {
  const result = (value: number): JinjaValue => (float ? makeFloat(value) : value);
  switch (operator) {
    case '+': return result(a + b);
    case '-': return result(a - b);
    case '*': return result(a * b);
    case '/':
      if (b === 0) throw new JinjaError('division by zero');
      return makeFloat(a / b);
    case '//':
      if (b === 0) throw new JinjaError('integer division or modulo by zero');
      return result(Math.floor(a / b));
    case '%':
      if (b === 0) throw new JinjaError('integer division or modulo by zero');
      return result(a - b * Math.floor(a / b));
    default:
      return float || b < 0 ? makeFloat(a ** b) : a ** b;
  }
}

/** An arithmetic operator on two values, with Python's rules (`+` joins strings and lists, `*` repeats them). */
export function arithmetic(operator: BinaryOperator, left: JinjaValue, right: JinjaValue, maxLength: number): JinjaValue {
  if (operator === '~') return pyStr(left, maxLength) + pyStr(right, maxLength);
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined && b !== undefined) return numeric(operator, a, b, isFloat(left) || isFloat(right));
  if (operator === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
  if (operator === '+' && isList(left) && isList(right)) {
    if (left.length + right.length > maxLength) throw new JinjaError(`list longer than ${maxLength}`);
    return [...left, ...right];
  }
  if (operator === '*' && (typeof left === 'string' || isList(left)) && b !== undefined && !isFloat(right)) return repeat(left, b, maxLength);
  if (operator === '*' && (typeof right === 'string' || isList(right)) && a !== undefined && !isFloat(left)) return repeat(right, a, maxLength);
  if (operator === '%' && typeof left === 'string') return percentFormat(left, right, maxLength);
  throw unsupported(operator, left, right);
}
