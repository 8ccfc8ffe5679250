import { argument, type Arguments } from './callArguments.js';
import { JinjaError } from './jinjaError.js';
import { compare, contains } from './operators.js';
import { pyEquals } from './pyEquals.js';
import { BuiltinFunction, isDict, isFloat, isList, numberOf, Undefined, type JinjaValue } from './values.js';

type Test = (value: JinjaValue, call: Arguments) => boolean;

function other(call: Arguments): JinjaValue {
  const value = argument(call, 0, 'other') ?? argument(call, 0, 'value');
  if (value === undefined) throw new JinjaError('the test needs an argument');
  return value;
}

function integerValue(value: JinjaValue): number | undefined {
  const number = typeof value === 'boolean' ? undefined : numberOf(value);
  return number !== undefined && !isFloat(value) ? number : undefined;
}

const isNumber = (value: JinjaValue): boolean => typeof value === 'number' || numberOf(value) !== undefined;

/** Jinja2's built-in tests (`x is defined`, `x is divisibleby 3`…), by name. */
const TESTS: ReadonlyMap<string, Test> = new Map<string, Test>([
  ['defined', (value) => !(value instanceof Undefined)],
  ['undefined', (value) => value instanceof Undefined],
  ['none', (value) => value === null],
  ['boolean', (value) => typeof value === 'boolean'],
  ['true', (value) => value === true],
  ['false', (value) => value === false],
  ['number', isNumber],
  ['integer', (value) => typeof value !== 'boolean' && integerValue(value) !== undefined],
  ['float', (value) => isFloat(value)],
  ['string', (value) => typeof value === 'string'],
  ['mapping', (value) => isDict(value)],
  ['sequence', (value) => typeof value === 'string' || isList(value) || isDict(value)],
  ['iterable', (value) => typeof value === 'string' || isList(value) || isDict(value)],
  ['callable', (value) => value instanceof BuiltinFunction],
  ['lower', (value) => typeof value === 'string' && value === value.toLowerCase()],
  ['upper', (value) => typeof value === 'string' && value === value.toUpperCase()],
  ['escaped', () => false],
  ['odd', (value) => Math.abs((integerValue(value) ?? Number.NaN) % 2) === 1],
  ['even', (value) => (integerValue(value) ?? Number.NaN) % 2 === 0],
  ['divisibleby', (value, call) => {
    const divisor = numberOf(other(call));
    const number = numberOf(value);
    if (divisor === undefined || number === undefined || divisor === 0) throw new JinjaError('divisibleby needs numbers and a non-zero divisor');
    return number % divisor === 0;
  }],
  ['sameas', (value, call) => {
    const target = other(call);
    return value === target || (value === null && target === null);
  }],
  ['in', (value, call) => contains(other(call), value)],
  ...(['eq', 'equalto', '=='] as const).map((name): [string, Test] => [name, (value, call) => pyEquals(value, other(call))]),
  ...(['ne', '!='] as const).map((name): [string, Test] => [name, (value, call) => !pyEquals(value, other(call))]),
  ...([['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>='], ['<', '<'], ['<=', '<='], ['>', '>'], ['>=', '>=']] as const).map(
    ([name, operator]): [string, Test] => [name, (value, call) => compare(operator, value, other(call))],
  ),
]);

export function hasTest(name: string): boolean {
  return TESTS.has(name);
}

export function applyTest(name: string, value: JinjaValue, call: Arguments): boolean {
  const test = TESTS.get(name);
  if (test === undefined) throw new JinjaError(`no test named '${name}'`);
  return test(value, call);
}
