// The NLU of the Almond agent (reference/almond.md §4.1, what the NLP server did): bookkeeping words, choices by
// title, lone numbers; otherwise the dataset exemplars, an exact match scored "Infinity".
import { compileExemplars, matchExemplars, type SlotValue } from '@parley/nlu';
import type { AlmondCandidate, AlmondNlu, AlmondNluOptions } from '@parley/dialog-engine';
import { exampleToNN, type SchemaRetriever, type Value } from '@parley/thingtalk';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { datasetExemplars } from '../thingpedia/datasetExemplars.js';

const SPECIALS: Record<string, string> = {
  yes: 'yes', yeah: 'yes', yep: 'yes', sure: 'yes', ok: 'yes', okay: 'yes', 'of course': 'yes',
  no: 'no', nope: 'no', 'no way': 'no',
  cancel: 'nevermind', nevermind: 'nevermind', 'never mind': 'nevermind', 'forget it': 'nevermind',
  stop: 'stop', help: 'help', 'what can you do': 'help', debug: 'debug', more: 'more', 'show more': 'more', 'show more results': 'more',
  train: 'train', 'make a rule': 'makerule', 'make a command': 'makerule',
};

function slotToValue(slot: SlotValue): Value | undefined {
  const { type, value } = slot;
  if (type === 'Number' && typeof value === 'number') return { type: 'Number', value };
  if (type === 'Boolean' && typeof value === 'boolean') return { type: 'Boolean', value };
  if (type === 'String' && typeof value === 'string') return { type: 'String', value };
  if (type.startsWith('Enum(') && typeof value === 'string') return { type: 'Enum', value };
  if (type.startsWith('Entity(') && typeof value === 'string') return { type: 'Entity', value, entityType: type.slice(7, -1), display: null };
  if (type.startsWith('Measure(') && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { amount, unit } = value as { amount?: unknown; unit?: unknown };
    if (typeof amount === 'number' && typeof unit === 'string') return { type: 'Measure', value: amount, unit };
  }
  return undefined;
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/[.!?,]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface AlmondNluOptionsForUser {
  /** The user's clock and zone, for dates and times in commands. */
  now?: number;
  timeZone?: string;
}

export function createAlmondNluFactory(catalog: ThingpediaCatalog) {
  const { examples, exemplars } = datasetExemplars(catalog);
  const matcher = compileExemplars(exemplars);
  const schemas: SchemaRetriever = catalog.schemas;

  function datasetCandidates(text: string, options: AlmondNluOptionsForUser): AlmondCandidate[] {
    const candidates: AlmondCandidate[] = [];
    for (const match of matchExemplars(matcher, text, { ...options, limit: 5 })) {
      const found = examples.get(match.exemplar.id);
      if (found === undefined) continue;
      const command = exampleToNN(found.example, schemas);
      const entities: Record<string, unknown> = { ...command.entities };
      command.slots.forEach((name, index) => {
        const slot = match.slots[name];
        const value = slot === undefined ? undefined : slotToValue(slot);
        if (value !== undefined) entities[`SLOT_${index}`] = value;
      });
      candidates.push({ code: command.code, entities, score: match.score >= 1 ? 'Infinity' : match.score });
    }
    return candidates;
  }

  function bookkeeping(text: string, expect: AlmondNluOptions): AlmondCandidate | undefined {
    const words = normalized(text);
    if (expect.expect === 'choice') {
      const index = expect.choices.findIndex((title) => normalized(title) === words);
      if (index >= 0) return { code: ['bookkeeping', 'choice', String(index)], score: 'Infinity' };
    }
    const special = SPECIALS[words];
    if (special !== undefined) return { code: ['bookkeeping', 'special', `special:${special}`], score: 'Infinity' };
    if (/^-?\d+(\.\d+)?$/.test(words)) return { code: ['bookkeeping', 'answer', 'NUMBER_0'], entities: { NUMBER_0: Number(words) }, score: 'Infinity' };
    return undefined;
  }

  /** The NLU for one step (its clock and time zone); pure. */
  return (options: AlmondNluOptionsForUser = {}): AlmondNlu => ({
    parse(text, expect) {
      if (normalized(text) === '') return [];
      const special = bookkeeping(text, expect);
      return special !== undefined ? [special] : datasetCandidates(text, options);
    },
  });
}

export type AlmondNluFactory = ReturnType<typeof createAlmondNluFactory>;
