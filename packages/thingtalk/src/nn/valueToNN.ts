import type { DateValue, MeasureValue, Value } from '../ast/index.js';
import type { Scope } from '../typecheck/scope.js';
import { placeholderTypeOf } from './entities.js';
import type { NNWriter } from './nnWriter.js';
import { nnType, paramToken, unsynthesizable } from './nnWriter.js';
import { filterToNN } from './filterToNN.js';
import { elementScope } from '../typecheck/arrayValues.js';
import { typeOfValue } from '../typecheck/valueType.js';

const INFIX = new Set(['+', '-', '*', '/', '%', '**']);

/** Integers from 0 to 12 are written as words; other numbers are copied with NUMBER_n (thingtalk 1.x). */
function isSmallInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 12;
}

function find(w: NNWriter, type: string, v: Value): string[] {
  return w.finder.find(type, v) ?? [];
}

function measureToNN(w: NNWriter, m: MeasureValue): string[] {
  if (isSmallInteger(m.value)) return [String(m.value), `unit:${m.unit}`];
  const placeholder = placeholderTypeOf(m);
  const found = (placeholder !== null ? w.finder.find(placeholder, m, true) : null) ?? w.finder.find('NUMBER', { type: 'Number', value: m.value }, true);
  if (found !== null) return found[0]?.startsWith('NUMBER_') === true ? [...found, `unit:${m.unit}`] : found;
  return [...numberToNN(w, m.value), `unit:${m.unit}`];
}

function numberToNN(w: NNWriter, n: number): string[] {
  if (isSmallInteger(n)) return [String(n)];
  if (n < 0) {
    if (isSmallInteger(-n)) return ['-', String(-n)];
    const positive = w.finder.find('NUMBER', { type: 'Number', value: -n }, true);
    if (positive !== null) return ['-', ...positive];
  }
  return find(w, 'NUMBER', { type: 'Number', value: n });
}

function computationToNN(w: NNWriter, v: Extract<Value, { type: 'Computation' }>, scope: Scope): string[] {
  const operand = (o: Value): string[] => (o.type === 'Computation' ? ['(', ...valueToNN(w, o, scope), ')'] : valueToNN(w, o, scope));
  const [lhs, rhs] = v.operands;
  if (INFIX.has(v.op) && lhs !== undefined && rhs !== undefined && v.operands.length === 2) return [...operand(lhs), v.op, ...operand(rhs)];
  const args = v.operands.flatMap((o, i) => (i === 0 ? valueToNN(w, o, scope) : [',', ...valueToNN(w, o, scope)]));
  return [v.op, '(', ...args, ')'];
}

/** A DATE placeholder, else for an exact instant `new Date ( "ISO" )` (thingtalk 1.x). */
function dateToNN(w: NNWriter, v: DateValue): string[] {
  const found = w.finder.find('DATE', v, v.value.kind === 'instant');
  if (found !== null || v.value.kind !== 'instant') return found ?? [];
  return ['new', 'Date', '(', ...find(w, 'QUOTED_STRING', { type: 'String', value: v.value.iso }), ')'];
}

/** The NN tokens of a value; parameter references take their type from `scope`. */
export function valueToNN(w: NNWriter, v: Value, scope: Scope): string[] {
  switch (v.type) {
    case 'Array':
      return ['[', ...v.value.flatMap((item, i) => (i === 0 ? valueToNN(w, item, scope) : [',', ...valueToNN(w, item, scope)])), ']'];
    case 'VarRef': {
      const slot = w.slots.get(v.name);
      return slot !== undefined ? [slot] : [paramToken(w, v.name, scope.get(v.name)?.type)];
    }
    case 'Computation':
      return computationToNN(w, v, scope);
    case 'Undefined':
      return ['undefined'];
    case 'Event':
      return v.name === null ? ['event'] : unsynthesizable(`$event.${v.name}`);
    case 'Boolean':
      return [String(v.value)];
    case 'Measure':
      return measureToNN(w, v);
    case 'CompoundMeasure':
      return v.value.flatMap((m) => measureToNN(w, m));
    case 'String':
      return v.value === '' ? ['""'] : find(w, 'QUOTED_STRING', v);
    case 'Number':
      return numberToNN(w, v.value);
    case 'Currency':
      return find(w, 'CURRENCY', v);
    case 'Location':
      return v.value.kind === 'relative' ? [`location:${v.value.name}`] : find(w, 'LOCATION', v);
    case 'Date': {
      const base = v.value;
      let tokens: string[];
      if (base.kind === 'now') tokens = ['now'];
      else if (base.kind === 'edge') tokens = [base.edge, `unit:${base.unit}`];
      else tokens = dateToNN(w, { ...v, operator: '+', offset: null });
      return v.offset === null ? tokens : [...tokens, v.operator, ...valueToNN(w, v.offset, scope)];
    }
    case 'Time': {
      const t = v.value;
      if (t.kind === 'relative') return [`time:${t.name}`];
      return w.finder.find('TIME', v, true) ?? [`time:${t.hour}:${t.minute}:${t.second}`];
    }
    case 'Entity':
      if (v.entityType === 'tt:device' && v.value !== null) return [`device:${v.value}`];
      if (v.entityType === 'tt:function' && v.value !== null) return [`@${v.value.replace(':', '.')}`];
      return find(w, placeholderTypeOf(v) ?? 'GENERIC_ENTITY', v);
    case 'Enum':
      return [`enum:${v.value}`];
    case 'Object':
      return ['{', ...Object.entries(v.value).flatMap(([name, field], i) => [...(i > 0 ? [','] : []), `param:${name}`, '=', ...valueToNN(w, field, scope)]), '}'];
    case 'Filter': {
      const type = typeOfValue(v.value, scope);
      const filter = filterToNN(w, v.filter, elementScope(type.kind === 'Array' ? type.elem : type), scope);
      const value = valueToNN(w, v.value, scope);
      return filter.length === 0 ? value : [...value, 'filter', '{', ...filter, '}'];
    }
    case 'ArrayField': {
      const type = typeOfValue(v, scope);
      return [paramToken(w, v.field, type.kind === 'Array' ? type.elem : undefined), 'of', ...valueToNN(w, v.value, scope)];
    }
    case 'ContextRef':
      return [`context:${v.name}:${nnType(v.valueType)}`];
  }
}
