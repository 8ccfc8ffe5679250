import { argument, type Arguments } from './callArguments.js';
import { JinjaError } from './jinjaError.js';
import { dictOf } from './lookup.js';
import { BuiltinFunction, numberOf, type JinjaValue } from './values.js';

function integer(value: JinjaValue | undefined, what: string): number {
  const number = value === undefined ? undefined : numberOf(value);
  if (number === undefined || !Number.isInteger(number)) throw new JinjaError(`range() ${what} must be an integer`);
  return number;
}

/** `range(stop)`, `range(start, stop[, step])`, refusing more than `maxLength` items. */
function range(call: Arguments, maxLength: number): JinjaValue[] {
  const [start, stop] = call.args.length >= 2 ? [integer(call.args[0], 'start'), integer(call.args[1], 'stop')] : [0, integer(call.args[0], 'stop')];
  const step = call.args.length >= 3 ? integer(call.args[2], 'step') : 1;
  if (step === 0) throw new JinjaError('range() arg 3 must not be zero');
  const count = Math.max(0, Math.ceil((stop - start) / step));
  if (count > maxLength) throw new JinjaError(`range() of more than ${maxLength} items`);
  return Array.from({ length: count }, (_, index) => start + index * step);
}

/** The functions every template sees unless a variable of the same name hides them: `range` and `dict`. */
export function templateGlobals(maxLength: number): ReadonlyMap<string, JinjaValue> {
  return new Map<string, JinjaValue>([
    ['range', new BuiltinFunction('range', (args, kwargs) => range({ args, kwargs }, maxLength))],
    ['dict', new BuiltinFunction('dict', (args, kwargs) => {
      if (args.length > 0 || argument({ args, kwargs }, 0, '') !== undefined) throw new JinjaError('dict() takes keyword arguments only');
      return dictOf(Object.keys(kwargs).map((key) => [key, kwargs[key] ?? null]));
    })],
  ]);
}
