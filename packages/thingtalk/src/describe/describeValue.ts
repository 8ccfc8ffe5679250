// Values in English (TT `describe.js` describeArg, 1.10 wording): “quoted” strings, `____` for `$?`, "here"/"at home"
// for places, "the result" for `$event`, "the <param>" for parameters passed from earlier results.
import type { DateValue, LocationSpec, Predicate, TimeSpec, Value } from '../ast/index.js';
import { currencyToString, timeOfDayToString } from '../format/displayValue.js';
import { cleanName } from './cleanName.js';
import type { DescribeOptions } from './describeContext.js';
import { describeOperator } from './describePredicate.js';
import { listOf } from './listOf.js';

const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Names for parameters in scope (their canonical words), e.g. { title: 'title' }. */
export type DescribeScope = Readonly<Record<string, string>>;

/** `37` , `37.123`, `-137.5`: at most three decimals, as the reference's `${x:.3}` format writes coordinates. */
function upTo3Decimals(x: number): string {
  return String(Number(x.toFixed(3)));
}

function describeLocation(location: LocationSpec): string {
  switch (location.kind) {
    case 'absolute':
      return location.display ?? `[Latitude: ${upTo3Decimals(location.lat)} deg, Longitude: ${upTo3Decimals(location.lon)} deg]`;
    case 'unresolved':
      return location.name;
    case 'relative':
      if (location.name === 'current_location') return 'here';
      if (location.name === 'home') return 'at home';
      if (location.name === 'work') return 'at work';
      return location.name;
  }
}

function describeTime(time: TimeSpec): string {
  if (time.kind === 'absolute') return timeOfDayToString(time.hour, time.minute, time.second);
  if (time.name === 'morning') return 'the morning';
  if (time.name === 'evening') return 'the evening';
  return time.name;
}

const EDGE_UNITS: Readonly<Record<string, string>> = {
  ms: 'this millisecond',
  s: 'this second',
  m: 'this minute',
  h: 'this hour',
  day: 'today',
  week: 'this week',
  mon: 'this month',
  year: 'this year',
};

function describeDate(date: DateValue, scope: DescribeScope, options: DescribeOptions): string {
  const base = date.value;
  let text: string;
  switch (base.kind) {
    case 'now':
      text = 'now';
      break;
    case 'edge': {
      const unit = EDGE_UNITS[base.unit] ?? base.unit;
      text = base.edge === 'start_of' ? `the start of ${unit}` : `the end of ${unit}`;
      break;
    }
    case 'absolute': {
      // Wall-clock fields: shown as written, whatever the time zone.
      const fields = new Date(Date.UTC(base.year, base.month - 1, base.day, base.hour, base.minute, base.second));
      const midnight = base.hour === 0 && base.minute === 0 && base.second === 0;
      text = midnight ? fields.toLocaleDateString('en-US', { timeZone: 'UTC' }) : fields.toLocaleString('en-US', { timeZone: 'UTC' });
      break;
    }
    case 'instant': {
      const zone = options.timeZone === undefined ? {} : { timeZone: options.timeZone };
      text = new Date(base.iso).toLocaleString('en-US', zone);
      break;
    }
  }
  if (date.offset === null) return text;
  const offset = describeValue(date.offset, scope, options);
  return date.operator === '+' ? `${offset} past ${text}` : `${offset} before ${text}`;
}

export function describeValue(value: Value, scope: DescribeScope = {}, options: DescribeOptions = {}): string {
  switch (value.type) {
    case 'Array':
      return listOf(value.value.map((item) => describeValue(item, scope, options)));
    case 'VarRef':
      return `the ${scope[value.name] ?? cleanName(value.name)}`;
    case 'Undefined':
      return '____';
    case 'Event':
      if (value.name === 'program_id') return 'the program ID';
      if (value.name === 'type') return 'the device type';
      return 'the result';
    case 'Location':
      return describeLocation(value.value);
    case 'String':
      return `“${value.value}”`;
    case 'Entity':
      if (value.display !== null) return value.display;
      if (value.value === null) return '____';
      if (['tt:username', 'tt:contact_name', 'tt:contact_group_name'].includes(value.entityType)) return `@${value.value}`;
      if (value.entityType === 'tt:hashtag') return `#${value.value}`;
      return value.value;
    case 'Number':
      return value.value.toLocaleString('en-US');
    case 'Currency':
      return currencyToString(value.value, value.code);
    case 'Enum':
      return cleanName(value.value);
    case 'Measure':
      // the user's preferred unit, whatever it is, with one decimal at most
      if (value.unit === 'defaultTemperature') return `${ONE_DECIMAL.format(value.value)} degrees`;
      return `${value.value} ${value.unit}`;
    case 'CompoundMeasure':
      return value.value.map((part) => describeValue(part, scope, options)).join(' ');
    case 'Boolean':
      return value.value ? 'true' : 'false';
    case 'Date':
      return describeDate(value, scope, options);
    case 'Time':
      return describeTime(value.value);
    case 'Object':
      return Object.entries(value.value)
        .map(([name, field]) => `${cleanName(name)} ${describeValue(field, scope, options)}`)
        .join(', ');
    case 'Computation':
      return describeComputation(value, scope, options);
    case 'Filter':
      return `${describeValue(value.value, scope, options)} for which ${describeElementFilter(value.filter, scope, options)}`;
    case 'ArrayField':
      return `the ${fieldWords(value.field)} of ${describeValue(value.value, scope, options)}`;
    case 'ContextRef':
      return value.name === 'selection' ? 'the selection on the screen' : `the ${cleanName(value.name)}`;
  }
}

const INFIX_WORDS: Readonly<Record<string, string>> = {
  '+': 'plus',
  '-': 'minus',
  '*': 'times',
  '/': 'divided by',
  '%': 'modulo',
  '**': 'to the power of',
};
const AGGREGATE_WORDS: Readonly<Record<string, string>> = { max: 'maximum', min: 'minimum', avg: 'average', sum: 'total', count: 'number of' };

/** `a plus b`, `5 min past now`, `the distance between a and b`, `the number of x`, as thingtalk 1.10 words them. */
function describeComputation(value: Extract<Value, { type: 'Computation' }>, scope: DescribeScope, options: DescribeOptions): string {
  const operands = value.operands.map((operand) => describeValue(operand, scope, options));
  const [first = '', second = ''] = operands;
  const { op } = value;
  if ((op === '+' || op === '-') && value.operands[0]?.type === 'Date') return `${second} ${op === '+' ? 'past' : 'before'} ${first}`;
  if (op === '+' && value.operands.every((operand) => operand.type === 'Measure')) return operands.join(' ');
  const infix = INFIX_WORDS[op];
  if (infix !== undefined) return `${first} ${infix} ${second}`;
  if (op === 'distance') return `the distance between ${first} and ${second}`;
  const aggregate = AGGREGATE_WORDS[op];
  if (aggregate !== undefined) return `the ${aggregate} ${first}`;
  return `the ${cleanName(op)} of ${operands.join(' and ')}`;
}

/** A field of an array element in words: `detail.stars` → `detail stars`. */
function fieldWords(name: string): string {
  return cleanName(name.replace(/\./g, ' '));
}

/** The filter of `(v) filter { … }`: over the fields of the array's elements (`value` for plain elements). */
function describeElementFilter(p: Predicate, scope: DescribeScope, options: DescribeOptions): string {
  const recurse = (inner: Predicate): string => describeElementFilter(inner, scope, options);
  switch (p.type) {
    case 'True':
      return p.dontCare === undefined ? 'true' : `any value of ${fieldWords(p.dontCare)} is acceptable`;
    case 'False':
      return 'false';
    case 'And':
      return p.operands.length === 0 ? 'true' : p.operands.map(recurse).join(' and ');
    case 'Or':
      return p.operands.length === 0 ? 'false' : p.operands.map(recurse).join(' or ');
    case 'Not':
      if (p.expr.type === 'Atom') return describeOperator(fieldWords(p.expr.name), p.expr.operator, describeValue(p.expr.value, scope, options), true, undefined);
      return `not ${recurse(p.expr)}`;
    case 'Atom':
      return describeOperator(fieldWords(p.name), p.operator, describeValue(p.value, scope, options), false, undefined);
    case 'Compute':
      return describeOperator(describeValue(p.lhs, scope, options).replace(/^the /, ''), p.operator, describeValue(p.rhs, scope, options), false, undefined);
    case 'External':
      throw new TypeError(`The filter of an array value cannot call ${p.selector.kind}.${p.channel}`);
  }
}
