import type { Dataset, Example, Library } from '../ast/index.js';
import { withClasses } from '../schema/withClasses.js';
import { checkAction } from './actions.js';
import { checkClass } from './classes.js';
import type { CheckContext } from './context.js';
import { argsScope, checkProgram } from './programs.js';
import type { SlotPath } from './slots.js';
import { checkStream } from './streams.js';
import { checkTable } from './tables.js';

function checkExample(ctx: CheckContext, e: Example, path: SlotPath): Example {
  const vars = argsScope(e.args);
  const valuePath = [...path, 'value'];
  switch (e.kind) {
    case 'stream':
      return { ...e, value: checkStream(ctx, e.value, vars, valuePath).stream };
    case 'query':
      return { ...e, value: checkTable(ctx, e.value, vars, valuePath).table };
    case 'action':
      return { ...e, value: checkAction(ctx, e.value, vars, false, valuePath) };
    case 'program':
      return { ...e, value: checkProgram(ctx, e.value, vars, valuePath) };
  }
}

function checkDataset(ctx: CheckContext, d: Dataset, path: SlotPath): Dataset {
  return { ...d, examples: d.examples.map((e, i) => checkExample(ctx, e, [...path, 'examples', i])) };
}

/** Checks the classes of a library, then its dataset examples against them (and the known schemas). */
export function checkLibrary(outer: CheckContext, l: Library): Library {
  l.classes.forEach(checkClass);
  const ctx: CheckContext = { ...outer, schemas: withClasses(outer.schemas, l.classes) };
  return { ...l, datasets: l.datasets.map((d, i) => checkDataset(ctx, d, ['datasets', i])) };
}
