import type { TypeRef } from '../ast/index.js';
import { printAnnotations } from './annotations.js';

/** `Number`, `Measure(C)`, `Enum(on, off)`, `Entity(tt:url)`, `Array(String)`, `(A, B)`, `{ a: A, b: B #_[…] }`. */
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
    case 'Tuple':
      return `(${type.elems.map(printType).join(', ')})`;
    case 'Compound':
      return `{ ${type.fields.map((f) => `${f.name}: ${printType(f.type)}${printAnnotations(f.annotations)}`).join(', ')} }`;
    case 'Unknown':
      return type.name;
    default:
      return type.kind;
  }
}
