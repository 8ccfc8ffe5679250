import type { CompoundMeasureValue, DateValue, MeasureValue, Value } from '../ast/index.js';
import { printPredicate } from './predicates.js';
import { printType } from './types.js';

const INFIX_PRECEDENCE: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '**': 3 };

export function printString(value: string): string {
  return JSON.stringify(value);
}

function printMeasure(m: MeasureValue): string {
  return `${m.value}${m.unit}`;
}

function printMeasureSum(m: MeasureValue | CompoundMeasureValue): string {
  return m.type === 'Measure' ? printMeasure(m) : m.value.map(printMeasure).join(' + ');
}

function printDate(d: DateValue): string {
  let base: string;
  const v = d.value;
  switch (v.kind) {
    case 'now':
      base = 'new Date()';
      break;
    case 'instant':
      base = `new Date(${printString(v.iso)})`;
      break;
    case 'edge':
      base = `${v.edge}(${v.unit})`;
      break;
    case 'absolute':
      base =
        v.hour === 0 && v.minute === 0 && v.second === 0
          ? `new Date(${v.year}, ${v.month}, ${v.day})`
          : `new Date(${v.year}, ${v.month}, ${v.day}, ${v.hour}, ${v.minute}, ${v.second})`;
      break;
  }
  if (d.offset === null) return base;
  const offset = d.offset.type === 'Measure' ? printMeasure(d.offset) : `(${printMeasureSum(d.offset)})`;
  return `${base} ${d.operator} ${offset}`;
}

/** Prints a scalar expression, parenthesizing only where precedence requires it. */
function printComputation(v: Value, parentPrecedence = 0, isRight = false): string {
  if (v.type !== 'Computation') return printValue(v);
  const precedence = INFIX_PRECEDENCE[v.op];
  const [lhs, rhs] = v.operands;
  if (precedence === undefined || v.operands.length !== 2 || lhs === undefined || rhs === undefined) {
    return `${v.op}(${v.operands.map((o) => printComputation(o)).join(', ')})`;
  }
  const text = `${printComputation(lhs, precedence)} ${v.op} ${printComputation(rhs, precedence, true)}`;
  const needsParens = precedence < parentPrecedence || (isRight && precedence === parentPrecedence);
  return needsParens ? `(${text})` : text;
}

/** A scalar expression (the expression of `compute`, the left side of a compute predicate). */
export function printScalar(v: Value): string {
  return printComputation(v);
}

/** The canonical form of a value. */
export function printValue(v: Value): string {
  switch (v.type) {
    case 'Boolean':
      return String(v.value);
    case 'String':
      return printString(v.value);
    case 'Number':
      return String(v.value);
    case 'Measure':
    case 'CompoundMeasure':
      return printMeasureSum(v);
    case 'Currency':
      return `new Currency(${v.value}, ${v.code})`;
    case 'Enum':
      return `enum(${v.value})`;
    case 'Entity': {
      const display = v.display !== null ? `(${printString(v.display)})` : '';
      return `${v.value === null ? 'null' : printString(v.value)}^^${v.entityType}${display}`;
    }
    case 'Location': {
      const l = v.value;
      if (l.kind === 'relative') return `$context.location.${l.name}`;
      if (l.kind === 'unresolved') return `new Location(${printString(l.name)})`;
      return l.display !== null
        ? `new Location(${l.lat}, ${l.lon}, ${printString(l.display)})`
        : `new Location(${l.lat}, ${l.lon})`;
    }
    case 'Date':
      return printDate(v);
    case 'Time': {
      const t = v.value;
      if (t.kind === 'relative') return `$context.time.${t.name}`;
      return t.second !== 0 ? `new Time(${t.hour}, ${t.minute}, ${t.second})` : `new Time(${t.hour}, ${t.minute})`;
    }
    case 'Array':
      return `[${v.value.map(printValue).join(', ')}]`;
    case 'Object':
      return `{${Object.entries(v.value)
        .map(([name, field]) => `${name}=${printValue(field)}`)
        .join(', ')}}`;
    case 'VarRef':
      return v.name;
    case 'Event':
      return v.name === null ? '$event' : `$event.${v.name}`;
    case 'Undefined':
      return v.local ? '$?' : '$undefined.remote';
    case 'Computation':
      return printComputation(v);
    case 'Filter':
      return `(${printComputation(v.value)}) filter { ${printPredicate(v.filter)} }`;
    case 'ArrayField':
      return `${v.field} of (${printComputation(v.value)})`;
    case 'ContextRef':
      return `$context.${v.name} : ${printType(v.valueType)}`;
  }
}
