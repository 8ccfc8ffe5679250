import type { ClassDef } from './classes.js';
import type { Dataset } from './datasets.js';

/** A file of class definitions and/or datasets (a Thingpedia `manifest.tt` / `dataset.tt`). */
export interface Library {
  readonly type: 'Library';
  readonly classes: readonly ClassDef[];
  readonly datasets: readonly Dataset[];
}
