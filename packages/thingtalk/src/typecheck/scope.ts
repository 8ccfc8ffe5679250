import type { TypeRef } from '../ast/index.js';

/** A parameter visible at some point of a program: an input or output of a primitive, or a lambda argument. */
export interface ScopeParam {
  readonly type: TypeRef;
  /** The class and function it comes from (null for lambda arguments and computed values). */
  readonly kind: string | null;
  readonly channel: string | null;
  /** `#_[canonical]` of the argument, or its name in words. */
  readonly canonical: string;
  /** `#_[prompt]` of the argument, when it has one. */
  readonly prompt: string | null;
  readonly direction: 'in' | 'out' | 'var';
}

export type Scope = ReadonlyMap<string, ScopeParam>;

export const EMPTY_SCOPE: Scope = new Map();

export function mergeScopes(...scopes: Scope[]): Scope {
  const merged = new Map<string, ScopeParam>();
  for (const scope of scopes) for (const [name, param] of scope) merged.set(name, param);
  return merged;
}

/** `p_foo_bar` → `foo bar`: how a parameter is named when it has no `#_[canonical]`. */
export function wordsOf(name: string): string {
  return name.replace(/^p_/, '').replace(/_/g, ' ');
}

/** A computed parameter (aggregation result, compute alias, lambda argument). */
export function localParam(name: string, type: TypeRef, direction: ScopeParam['direction'] = 'out'): ScopeParam {
  return { type, kind: null, channel: null, canonical: wordsOf(name), prompt: null, direction };
}
