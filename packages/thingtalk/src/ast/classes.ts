import type { Annotations } from './annotations.js';
import type { TypeRef } from './types.js';
import type { Value } from './values.js';

export type ArgDirection = 'in req' | 'in opt' | 'out';

/** `in req name: Type #_[prompt="…"]` inside a function signature. */
export interface ArgumentDef {
  readonly direction: ArgDirection;
  readonly name: string;
  readonly type: TypeRef;
  readonly annotations: Annotations;
}

/** `monitorable list query get(in opt a: Number, out b: String) #_[…] #[…];` or `action post(…);`. */
export interface FunctionDef {
  readonly functionType: 'query' | 'action';
  readonly name: string;
  /** `query q2 extends q1, q0(…)`: functions of the same class whose arguments this one also has. */
  readonly extends: readonly string[];
  readonly isList: boolean;
  readonly isMonitorable: boolean;
  readonly args: readonly ArgumentDef[];
  readonly annotations: Annotations;
}

/** `new ArgMap(url: String, password: Entity(tt:password))` (also `makeArgMap(…)`): the fields of a config form. */
export interface ArgMapValue {
  readonly type: 'ArgMap';
  readonly value: readonly { readonly name: string; readonly type: TypeRef }[];
}

/** A parameter of a mixin import: a value, or an argument map. */
export interface MixinParam {
  readonly name: string;
  readonly value: Value | ArgMapValue;
}

/** `import loader from @org.thingpedia.v2();`, `import config from @org.thingpedia.config.form(params=new ArgMap(…));`. */
export interface MixinImport {
  readonly facets: readonly string[];
  readonly module: string;
  readonly inParams: readonly MixinParam[];
}

/** `entity name #_[description="…"];` */
export interface EntityDef {
  readonly name: string;
  readonly annotations: Annotations;
}

/** `[abstract] class @kind [extends @a, @b] #_[…] { members }`. */
export interface ClassDef {
  readonly type: 'ClassDef';
  readonly kind: string;
  readonly extends: readonly string[];
  readonly isAbstract: boolean;
  readonly imports: readonly MixinImport[];
  readonly entities: readonly EntityDef[];
  /** Queries by name, in source order. */
  readonly queries: Readonly<Record<string, FunctionDef>>;
  /** Actions by name, in source order. */
  readonly actions: Readonly<Record<string, FunctionDef>>;
  readonly annotations: Annotations;
}
