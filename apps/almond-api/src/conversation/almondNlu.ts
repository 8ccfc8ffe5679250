// The NLU of the Almond agent (reference/almond.md §4.1, what the NLP server did): the dialog engine's exemplar
// NLU (bookkeeping phrases, lone values, choices by title, then exemplars; exact matches "Infinity") over the
// catalog's dataset examples in their command phrasings.
import { compileExemplars } from '@parley/nlu';
import { createExemplarAlmondNlu, type AlmondNlu } from '@parley/dialog-engine';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { datasetExemplars } from '../thingpedia/datasetExemplars.js';

export interface UserClock {
  /** The step's time, for relative dates and times in commands. */
  now?: number;
  timeZone?: string;
}

/** Compiles the catalog's exemplars once; returns the NLU for one step (its clock and time zone). */
export function createAlmondNluFactory(catalog: ThingpediaCatalog) {
  const matcher = compileExemplars(datasetExemplars(catalog));
  return (clock: UserClock = {}): AlmondNlu =>
    createExemplarAlmondNlu({
      matcher,
      ...(clock.now === undefined ? {} : { now: clock.now }),
      ...(clock.timeZone === undefined ? {} : { timeZone: clock.timeZone }),
    });
}

export type AlmondNluFactory = ReturnType<typeof createAlmondNluFactory>;
