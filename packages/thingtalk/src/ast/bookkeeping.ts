import type { Predicate } from './predicates.js';
import type { Value } from './values.js';

/**
 * Dialog control commands. ThingTalk: `bookkeeping(yes);`, `bookkeeping(choice(1));`,
 * `bookkeeping(answer(42));`, `bookkeeping(predicate(p == 1));`, `bookkeeping(commands(category="media"));`.
 * NN: `bookkeeping special special:yes`, `bookkeeping choice 1`, `bookkeeping answer NUMBER_0`,
 * `bookkeeping filter …`, `bookkeeping category media`, `bookkeeping commands media device:com.xkcd`.
 */
export type BookkeepingIntent =
  /** `yes`, `no`, `failed`, `train`, `makerule`, `empty`, `back`, `more`, `nevermind`, `debug`, `help`, `maybe`, `stop`, `wakeup`, … */
  | { readonly type: 'Special'; readonly name: string }
  | { readonly type: 'Choice'; readonly index: number }
  | { readonly type: 'Answer'; readonly value: Value }
  | { readonly type: 'Predicate'; readonly filter: Predicate }
  /** The example commands of a category, optionally of one device (`"com.xkcd"^^tt:device`, or `$?` for any). */
  | { readonly type: 'CommandList'; readonly device: Value; readonly category: string };

export interface Bookkeeping {
  readonly type: 'Bookkeeping';
  readonly intent: BookkeepingIntent;
}
