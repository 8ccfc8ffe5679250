// Types of the array operators of values: `(v) filter { … }` and `field of (v)`.
import type { CompoundField, Predicate, TypeRef, Value } from '../ast/index.js';
import { printType } from '../printer/types.js';
import { printValue } from '../printer/values.js';
import { checkComparison } from './operators.js';
import { localParam, mergeScopes } from './scope.js';
import type { Scope, ScopeParam } from './scope.js';
import { typeError } from './typeError.js';

function fieldParam(name: string, field: CompoundField): ScopeParam {
  const canonical = field.annotations.nl.canonical;
  const param = localParam(name, field.type);
  return canonical?.type === 'String' ? { ...param, canonical: canonical.value } : param;
}

function addFields(fields: readonly CompoundField[], prefix: string, out: Map<string, ScopeParam>): void {
  for (const field of fields) {
    const name = prefix + field.name;
    out.set(name, fieldParam(name, field));
    if (field.type.kind === 'Compound') addFields(field.type.fields, `${name}.`, out);
  }
}

/**
 * The parameters a filter over the elements of an array sees: the fields of a record element (nested fields as
 * `a.b`), else the element itself as `value`.
 */
export function elementScope(elem: TypeRef): Scope {
  const scope = new Map<string, ScopeParam>();
  if (elem.kind === 'Compound') addFields(elem.fields, '', scope);
  else scope.set('value', localParam('value', elem));
  return scope;
}

function arrayType(v: Value, type: TypeRef, what: string): Extract<TypeRef, { kind: 'Array' }> {
  if (type.kind === 'Array') return type;
  return typeError(`Invalid ${what} on ${printValue(v)} of type ${printType(type)}: it is not an array`);
}

type TypeOfValue = (v: Value, scope: Scope) => TypeRef;

/** Checks a predicate over the elements of an array; values may refer to the element's parameters and `vars`. */
function checkElementFilter(p: Predicate, scope: Scope, vars: Scope, typeOf: TypeOfValue): void {
  switch (p.type) {
    case 'True':
      if (p.dontCare !== undefined && scope.get(p.dontCare) === undefined) typeError(`Invalid filter parameter ${p.dontCare}`);
      return;
    case 'False':
      return;
    case 'And':
    case 'Or':
      for (const operand of p.operands) checkElementFilter(operand, scope, vars, typeOf);
      return;
    case 'Not':
      checkElementFilter(p.expr, scope, vars, typeOf);
      return;
    case 'Atom': {
      const param = scope.get(p.name);
      if (param === undefined) typeError(`Invalid filter parameter ${p.name}`);
      checkComparison(p.operator, param.type, typeOf(p.value, mergeScopes(vars, scope)), `parameter ${p.name}`);
      return;
    }
    case 'Compute': {
      const both = mergeScopes(vars, scope);
      checkComparison(p.operator, typeOf(p.lhs, both), typeOf(p.rhs, both), printValue(p.lhs));
      return;
    }
    case 'External':
      typeError(`The filter of an array value cannot call ${p.selector.kind}.${p.channel}`);
  }
}

/** `(v) filter { … }`: the type of `v`, which must be an array. */
export function filterValueType(v: Extract<Value, { type: 'Filter' }>, scope: Scope, typeOf: TypeOfValue): TypeRef {
  const type = arrayType(v.value, typeOf(v.value, scope), 'filter');
  checkElementFilter(v.filter, elementScope(type.elem), scope, typeOf);
  return type;
}

/** `field of (v)`: an array of the field's type; `v` must be an array of records with that field. */
export function arrayFieldType(v: Extract<Value, { type: 'ArrayField' }>, scope: Scope, typeOf: TypeOfValue): TypeRef {
  const type = arrayType(v.value, typeOf(v.value, scope), 'field access');
  if (type.elem.kind !== 'Compound') typeError(`Invalid field access on ${printValue(v.value)}: it is not an array of records`);
  const field = elementScope(type.elem).get(v.field);
  if (field === undefined) typeError(`Invalid field ${v.field} in type ${printType(type.elem)}`);
  return { kind: 'Array', elem: field.type };
}
