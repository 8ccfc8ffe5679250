import type { TypeRef, Value } from '../ast/index.js';
import type { CheckContext } from '../typecheck/context.js';
import type { Scope } from '../typecheck/scope.js';

/** Finds (or allocates) the placeholder for a value: `find(type, value, optional)`, null when optional and absent. */
export interface EntityLookup {
  find(type: string, v: Value, optional?: boolean): string[] | null;
}

/** What the NN converters share: the entity lookup, whether to annotate types, and schemas for the types. */
export interface NNWriter {
  readonly finder: EntityLookup;
  readonly typeAnnotations: boolean;
  /** A checker context (slots are discarded) to recover the types of parameters. */
  readonly check: CheckContext;
  /** Variables visible everywhere (the arguments of a dataset example). */
  readonly globals: Scope;
  /** Arguments written as slots: name → `SLOT_n`. */
  readonly slots: ReadonlyMap<string, string>;
}

/** A construct that has no NN form (thingtalk 1.x `UnsynthesizableError`). */
export function unsynthesizable(what: string): never {
  throw new Error(`Cannot convert to NN syntax: ${what}`);
}

/** How a type is written inside `param:name:Type` (no spaces: `Enum(on,off)`, `Measure(C)`). */
export function nnType(type: TypeRef): string {
  switch (type.kind) {
    case 'Measure':
      return `Measure(${type.unit})`;
    case 'Enum':
      return `Enum(${type.entries.join(',')})`;
    case 'Entity':
      return `Entity(${type.entityType})`;
    case 'Array':
      return `Array(${nnType(type.elem)})`;
    case 'Tuple':
      return `(${type.elems.map(nnType).join(',')})`;
    case 'Unknown':
      return type.name;
    default:
      return type.kind;
  }
}

/** `param:name:Type` (or `param:name` without type annotations or a known type). */
export function paramToken(w: NNWriter, name: string, type: TypeRef | undefined): string {
  return w.typeAnnotations && type !== undefined ? `param:${name}:${nnType(type)}` : `param:${name}`;
}
