// The NLU of the Almond agent (docs/protocols/almond.md §4.1, what the NLP server did): the dialog engine's Thingpedia
// NLU — bookkeeping phrases, lone values, choices by title, then the compositional parser over the catalog's
// classes and datasets (construct templates for queries, monitors, timers, rules, chains and filters; calibrated
// scores), then the dataset exemplars in their command phrasings as the fallback for paraphrases.
import { compileExemplars } from '@parley/nlu';
import { buildLexicon, createThingpediaAlmondNlu, type AlmondNlu } from '@parley/dialog-engine';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { datasetExemplars } from '../thingpedia/datasetExemplars.js';

export interface UserClock {
  /** The step's time, for relative dates and times in commands. */
  now?: number;
  timeZone?: string;
}

/** Compiles the catalog's phrases and exemplars once; returns the NLU for one step (its clock and time zone). */
export function createAlmondNluFactory(catalog: ThingpediaCatalog) {
  const matcher = compileExemplars(datasetExemplars(catalog));
  const lexicon = buildLexicon(catalog.list().map((entry) => ({ classDef: entry.classDef, examples: entry.examples })));
  return (clock: UserClock = {}): AlmondNlu =>
    createThingpediaAlmondNlu({
      lexicon,
      matcher,
      ...(clock.now === undefined ? {} : { now: clock.now }),
      ...(clock.timeZone === undefined ? {} : { timeZone: clock.timeZone }),
    });
}

export type AlmondNluFactory = ReturnType<typeof createAlmondNluFactory>;
