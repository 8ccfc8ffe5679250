import type { Action } from './actions.js';
import type { Value } from './values.js';
import type { LambdaArg, Program } from './programs.js';
import type { Stream } from './streams.js';
import type { Table } from './tables.js';

interface ExampleCommon {
  /** `#[id=N]`, -1 when absent. */
  readonly id: number;
  readonly args: readonly LambdaArg[];
  /** `#_[utterances=["…", …]]`, with `${p}` placeholders for the arguments. */
  readonly utterances: readonly string[];
  readonly preprocessed: readonly string[];
  /** Other `#[name=value]` annotations. */
  readonly annotations: Readonly<Record<string, Value>>;
}

/** `query (p :Number) := @com.xkcd.get_comic(number=p) #_[utterances=[…]];` */
export type Example =
  | (ExampleCommon & { readonly kind: 'stream'; readonly value: Stream })
  | (ExampleCommon & { readonly kind: 'query'; readonly value: Table })
  | (ExampleCommon & { readonly kind: 'action'; readonly value: Action })
  | (ExampleCommon & { readonly kind: 'program'; readonly value: Program });

/** `dataset @com.xkcd [language "en"] { examples }`, or with a plain name, `dataset foo { examples }`. */
export interface Dataset {
  readonly type: 'Dataset';
  /** The class name without `@` (`com.xkcd`), or the plain name (`foo`). */
  readonly name: string;
  /** Whether the name is a class name (`@com.xkcd`) rather than a plain identifier. */
  readonly isClassName: boolean;
  readonly language: string;
  readonly examples: readonly Example[];
}
