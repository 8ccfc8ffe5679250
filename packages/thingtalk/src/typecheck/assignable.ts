import type { TypeRef } from '../ast/index.js';
import { baseUnitOf } from '../runtime/units.js';

/** Entity types that identify a contact (thingtalk 1.x accepts them where `tt:contact` is expected). */
const CONTACT_TYPES = new Set(['tt:username', 'tt:email_address', 'tt:phone_number', 'tt:contact_name']);

/** The base unit of a measure unit (`F` → `C`), or the unit itself when unknown. */
export function baseUnit(unit: string): string {
  return baseUnitOf(unit) ?? unit;
}

/**
 * Whether a value of type `from` may be used where `to` is expected. Follows thingtalk 1.x: measures by base
 * unit, enums by membership, entities and strings interchangeable, `Any` and unknown types accept anything.
 */
export function isAssignable(from: TypeRef, to: TypeRef): boolean {
  if (from.kind === 'Any' || to.kind === 'Any' || from.kind === 'Unknown' || to.kind === 'Unknown') return true;
  switch (to.kind) {
    case 'Measure':
      return from.kind === 'Measure' && (from.unit === '' || to.unit === '' || baseUnit(from.unit) === baseUnit(to.unit));
    case 'Enum':
      return from.kind === 'Enum' && from.entries.every((entry) => to.entries.includes(entry));
    case 'Entity':
      if (from.kind === 'String') return true;
      if (from.kind !== 'Entity') return false;
      return from.entityType === to.entityType || (to.entityType === 'tt:contact' && CONTACT_TYPES.has(from.entityType));
    case 'String':
      return from.kind === 'String' || from.kind === 'Entity';
    case 'Array':
      return from.kind === 'Array' && isAssignable(from.elem, to.elem);
    default:
      return from.kind === to.kind;
  }
}

/** Types that `>=`, `<=`, `max` and `min` can compare. */
export function isOrdered(type: TypeRef): boolean {
  return ['Number', 'Measure', 'Currency', 'Date', 'Time', 'Any', 'Unknown'].includes(type.kind);
}

/** Types that `sort` can order (ordered types and text). */
export function isSortable(type: TypeRef): boolean {
  return isOrdered(type) || type.kind === 'String';
}

/** Types that `sum` and `avg` can add up. */
export function isNumeric(type: TypeRef): boolean {
  return ['Number', 'Measure', 'Currency', 'Any', 'Unknown'].includes(type.kind);
}

/** Types that `=~`, `starts_with` and the like match as text. */
export function isTextual(type: TypeRef): boolean {
  return ['String', 'Entity', 'Any', 'Unknown'].includes(type.kind);
}
