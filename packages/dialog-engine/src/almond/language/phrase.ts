import type { Action, ArgumentDef, FunctionDef, Program, Stream, Table, TypeRef, Value } from '@parley/thingtalk';

/** A Thingpedia function a phrase stands for. */
export interface FunctionRef {
  readonly kind: string;
  readonly name: string;
  readonly def: FunctionDef;
}

/** What a phrase means once its slots have values: a query, a stream, an action or a whole program. */
export type Fragment =
  | { readonly category: 'query'; readonly table: Table; readonly fn: FunctionRef }
  | { readonly category: 'stream'; readonly stream: Stream; readonly fn: FunctionRef }
  | { readonly category: 'action'; readonly action: Action; readonly fn: FunctionRef }
  | { readonly category: 'program'; readonly program: Program; readonly fn: FunctionRef };

export type Category = Fragment['category'];

/** One element of a phrase: a word (its stem) or a typed slot. */
export type PatternItem =
  | {
      readonly kind: 'word';
      readonly stem: string;
      readonly stop: boolean;
      /** The device's own name (`xkcd` of `com.xkcd`): people often leave it out ("the latest what if posts"). */
      readonly brand: boolean;
    }
  | { readonly kind: 'slot'; readonly name: string; readonly type: TypeRef };

/**
 * A way of saying a query, stream, action or program of a device, from its class (canonical form, confirmation,
 * parameter names) or from its dataset (example utterances); `build` gives the fragment for the slots' values.
 */
export interface Phrase {
  readonly category: Category;
  readonly items: readonly PatternItem[];
  /** Stems of the non-stop words, for retrieval. */
  readonly content: readonly string[];
  readonly fn: FunctionRef;
  /** Stems of every phrase of the same function: adding one of them is cheap ("pick a *random* number from …"). */
  readonly related: ReadonlySet<string>;
  /** Dataset phrases are what people say; phrases made from class annotations cost a little more. */
  readonly prior: number;
  build(values: ReadonlyMap<string, Value>): Fragment;
}

/** The output parameters of a function. */
export function outputsOf(fn: FunctionRef): readonly ArgumentDef[] {
  return fn.def.args.filter((arg) => arg.direction === 'out');
}
