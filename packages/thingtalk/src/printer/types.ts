import type { TypeRef } from '../ast/index.js';

/** `Number`, `Measure(C)`, `Enum(on, off)`, `Entity(tt:url)`, `Array(String)`. */
export function printType(type: TypeRef): string {
  switch (type.kind) {
    case 'Measure':
      return `Measure(${type.unit})`;
    case 'Enum':
      return `Enum(${type.entries.join(', ')})`;
    case 'Entity':
      return `Entity(${type.entityType})`;
    case 'Array':
      return `Array(${printType(type.elem)})`;
    case 'Unknown':
      return type.name;
    default:
      return type.kind;
  }
}
