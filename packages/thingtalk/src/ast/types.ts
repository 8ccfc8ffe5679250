import type { Annotations } from './annotations.js';

/**
 * ThingTalk types as written in class definitions, lambda arguments and declarations
 * (`Number`, `Measure(C)`, `Enum(on,off)`, `Entity(tt:picture)`, `Array(String)`, …).
 */
export type TypeRef =
  | { readonly kind: 'Boolean' }
  | { readonly kind: 'String' }
  | { readonly kind: 'Number' }
  | { readonly kind: 'Currency' }
  | { readonly kind: 'Location' }
  | { readonly kind: 'Date' }
  | { readonly kind: 'Time' }
  | { readonly kind: 'Any' }
  | { readonly kind: 'Object' }
  /** The type of types (`Type`) and of argument maps (`ArgMap`), as mixin parameters declare them. */
  | { readonly kind: 'Type' }
  | { readonly kind: 'ArgMap' }
  /** `Measure(C)`; `unit` is the base unit written in the declaration (`C`, `byte`, `ms`, `m`, …). */
  | { readonly kind: 'Measure'; readonly unit: string }
  | { readonly kind: 'Enum'; readonly entries: readonly string[] }
  /** `Entity(tt:picture)`; the Thingpedia shorthands (`Picture`, `URL`, …) parse to this. */
  | { readonly kind: 'Entity'; readonly entityType: string }
  | { readonly kind: 'Array'; readonly elem: TypeRef }
  /** `(Number, String)`. */
  | { readonly kind: 'Tuple'; readonly elems: readonly TypeRef[] }
  /**
   * A record: `{ b: String, c: { d: Number } #_[canonical="c"] }`. A function argument of this type also makes
   * its fields arguments of the function, named `a.b`, `a.c`, `a.c.d`.
   */
  | { readonly kind: 'Compound'; readonly fields: readonly CompoundField[] }
  /** A named type this implementation does not know; kept so that class files still load. */
  | { readonly kind: 'Unknown'; readonly name: string };

export type TypeKind = TypeRef['kind'];

/** One field of a compound type, in source order. */
export interface CompoundField {
  readonly name: string;
  readonly type: TypeRef;
  readonly annotations: Annotations;
}
