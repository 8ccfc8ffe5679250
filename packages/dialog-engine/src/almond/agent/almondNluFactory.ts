// The NLU of the Almond agent (docs/protocols/almond.md §4.1, what the NLP server did): the Thingpedia NLU —
// bookkeeping phrases, lone values, choices by title, then the compositional parser over the classes and datasets
// (construct templates for queries, monitors, timers, rules, chains and filters; calibrated scores), then the
// dataset exemplars in their command phrasings as the fallback for paraphrases.
import { compileExemplars } from '@parley/nlu';
import type { ClassDef, Example } from '@parley/thingtalk';
import type { AlmondNlu } from '../almondStepContext.js';
import { buildLexicon } from '../language/buildLexicon.js';
import { createThingpediaAlmondNlu } from '../thingpediaAlmondNlu.js';
import { datasetExemplars } from './datasetExemplars.js';

/** A kind the NLU understands: its class and its dataset examples. */
export interface NluKind {
  readonly kind: string;
  readonly classDef: ClassDef;
  readonly examples: readonly Example[];
}

export interface UserClock {
  /** The step's time, for relative dates and times in commands. */
  readonly now?: number;
  readonly timeZone?: string;
}

export type AlmondNluFactory = (clock?: UserClock) => AlmondNlu;

/** Compiles the kinds' phrases and exemplars once; returns the NLU for one step (its clock and time zone). */
export function createAlmondNluFactory(kinds: readonly NluKind[]): AlmondNluFactory {
  const matcher = compileExemplars(datasetExemplars(kinds));
  const lexicon = buildLexicon(kinds.map((entry) => ({ classDef: entry.classDef, examples: entry.examples })));
  return (clock = {}) =>
    createThingpediaAlmondNlu({
      lexicon,
      matcher,
      ...(clock.now === undefined ? {} : { now: clock.now }),
      ...(clock.timeZone === undefined ? {} : { timeZone: clock.timeZone }),
    });
}
