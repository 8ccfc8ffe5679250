import { type TypeRef, type Value } from '@parley/thingtalk';
import { baseUnitOf } from '@parley/thingtalk/runtime';
import type { PatternItem, Phrase } from './phrase.js';
import type { ValueSpan } from './recognizeValues.js';
import type { Sentence } from './sentence.js';
import { STOP_WORDS, type Word } from './words.js';

/** How a phrase is matched where it is used (a query after "show me", a stream after "when", …). */
export interface MatchContext {
  /** Stems that are cheap to add or leave out here ("show me" before a query, "is published" around a stream). */
  readonly fillers: ReadonlySet<string>;
  /** Stems the devices use: an extra one of them hints at another function, so it costs more. */
  readonly vocabulary: ReadonlyMap<string, unknown>;
  /** Stems an unquoted string may not contain here (the words around a stream). */
  readonly forbidden?: ReadonlySet<string>;
  /** Readings that cost more are not wanted. */
  readonly ceiling: number;
  /** The value an unquoted string stands for when it names an earlier result ("its title"), or null. */
  reference?(text: string): Value | null;
}

interface PhraseMatch {
  readonly cost: number;
  readonly values: ReadonlyMap<string, Value>;
}

const FILLER = 0.05;
const STOP = 0.1;
const INSERT_CONTENT = 0.5;
const INSERT_KNOWN = 0.9;
const RELATED = 0.2;
/** Words that usually build a construct around a message rather than belong to it. */
const STRUCTURAL = new Set(['every', 'each', 'daily', 'hourly', 'when', 'whenever', 'then', 'notify']);
export const DELETE_CONTENT = 1;
export const DELETE_BRAND = 0.4;
const SKIP_SLOT = 0.35;
function insertCost(word: Word, context: MatchContext, related: ReadonlySet<string>): number {
  // a quoted string is meant as a value: leaving it out costs as much as leaving out a word of the phrase
  if (word.quoted !== undefined) return DELETE_CONTENT;
  if (context.fillers.has(word.stem)) return FILLER;
  if (STOP_WORDS.has(word.stem)) return STOP;
  if (related.has(word.stem)) return RELATED;
  return context.vocabulary.has(word.stem) ? INSERT_KNOWN : INSERT_CONTENT;
}

/** The slot value a recognised value gives for `type`, or null. */
function fitValue(value: Value, type: TypeRef): Value | null {
  switch (type.kind) {
    case 'Number':
    case 'Time':
      return value.type === type.kind ? value : null;
    case 'Measure':
      return value.type === 'Measure' && (baseUnitOf(value.unit) ?? value.unit) === (baseUnitOf(type.unit) ?? type.unit) ? value : null;
    case 'String':
      return value.type === 'String' ? value : null;
    case 'Entity':
      return value.type === 'String' ? { type: 'Entity', value: value.value, entityType: type.entityType, display: null } : null;
    default:
      return null;
  }
}

function isFreeText(type: TypeRef): boolean {
  return type.kind === 'String' || type.kind === 'Entity' || type.kind === 'Location';
}

function deleteCost(item: Extract<PatternItem, { kind: 'word' }>, context: MatchContext): number {
  if (context.fillers.has(item.stem)) return FILLER;
  if (item.stop) return STOP;
  return item.brand ? DELETE_BRAND : DELETE_CONTENT;
}

/** Unquoted words as a value; "saying …" and "that says …" introduce the words rather than belong to them. */
function freeValue(list: readonly Word[], type: TypeRef, context: MatchContext): Value | null {
  const [first, second] = list;
  let start = 0;
  if (list.length > 1 && first?.text === 'saying') start = 1;
  else if (list.length > 2 && (first?.text === 'that' || first?.text === 'which') && second?.text === 'says') start = 2;
  const kept = list.slice(start).filter((word, index, all) => index === 0 || word.original !== all[index - 1]?.original || word.original === word.text);
  const text = kept.map((word) => word.original).join(' ');
  if (text === '') return null;
  const reference = context.reference?.(text) ?? null;
  if (reference !== null) return reference;
  if (type.kind === 'Location') return { type: 'Location', value: { kind: 'unresolved', name: text } };
  if (type.kind === 'Entity') return { type: 'Entity', value: text, entityType: type.entityType, display: null };
  return { type: 'String', value: text };
}

/** Work arrays, reused from call to call (matching is synchronous). */
interface Scratch {
  readonly cost: Float64Array;
  readonly back: Int32Array;
  readonly slotKind: Uint8Array;
  readonly slotRef: Int32Array;
  readonly anchor: Uint8Array;
  readonly inserts: Float64Array;
}

function newScratch(size: number): Scratch {
  return {
    cost: new Float64Array(size), back: new Int32Array(size), slotKind: new Uint8Array(size), slotRef: new Int32Array(size),
    anchor: new Uint8Array(size), inserts: new Float64Array(size),
  };
}

let scratch = newScratch(256);

/** Keeps the cheaper way of reaching cell `to`. */
function relax(work: Scratch, to: number, value: number, from: number, kind: number, ref: number, anchored: number): void {
  if (value < (work.cost[to] as number)) {
    work.cost[to] = value;
    work.back[to] = from;
    work.slotKind[to] = kind;
    work.slotRef[to] = ref;
    work.anchor[to] = anchored;
  }
}

const NONE = 0;
const SKIPPED = 1;
const VALUE = 2;
const ENUM = 3;
const FREE = 4;

/**
 * The cheapest alignment of `phrase` with words `start`…`end` of the sentence (an edit distance where words of
 * the phrase may be missing and words of the sentence may be extra, at costs that depend on the word), with the
 * slot values it implies; null when nothing but free text would match.
 */
export function matchPhrase(phrase: Phrase, sentence: Sentence, start: number, end: number, context: MatchContext): PhraseMatch | null {
  const items: readonly PatternItem[] = phrase.items;
  const width = end - start + 1;
  const size = (items.length + 1) * width;
  if (size > scratch.cost.length) scratch = newScratch(size * 2);
  const { cost, back, slotKind, slotRef, anchor, inserts } = scratch;
  cost.fill(Infinity, 0, size);
  let quoted = false;
  for (let s = start; s < end; s += 1) {
    inserts[s - start] = insertCost(sentence.words[s] as Word, context, phrase.related);
    quoted ||= sentence.words[s]?.quoted !== undefined;
  }
  cost[0] = 0;
  for (let s = start; s <= end; s += 1) {
    const column = s - start;
    const word = sentence.words[s];
    for (let p = 0; p <= items.length; p += 1) {
      const here = p * width + column;
      const base = cost[here] as number;
      if (base === Infinity) continue;
      if (s < end) relax(scratch, here + 1, base + (inserts[column] as number), here, NONE, 0, 0);
      const item = items[p];
      if (item === undefined) continue;
      const next = here + width;
      if (item.kind === 'word') {
        if (s < end && word?.stem === item.stem) relax(scratch, next + 1, base, here, NONE, 0, item.stop ? 0 : 1);
        relax(scratch, next, base + deleteCost(item, context), here, NONE, 0, 0);
        continue;
      }
      relax(scratch, next, base + SKIP_SLOT, here, SKIPPED, 0, 0);
      const spans = sentence.valuesAt.get(s);
      if (spans !== undefined) {
        for (const span of spans) {
          if (span.end <= end && fitValue(span.value, item.type) !== null) relax(scratch, next + (span.end - s), base, here, VALUE, sentence.values.indexOf(span), 1);
        }
      }
      if (item.type.kind === 'Enum') {
        for (let index = 0; index < item.type.entries.length; index += 1) {
          const spoken = (item.type.entries[index] as string).split('_');
          let fits = s + spoken.length <= end;
          for (let offset = 0; fits && offset < spoken.length; offset += 1) fits = sentence.words[s + offset]?.text === spoken[offset];
          if (fits) relax(scratch, next + spoken.length, base, here, ENUM, index, 1);
        }
      }
      // where the user quoted a value, strings are the quoted ones
      if (!isFreeText(item.type) || quoted) continue;
      let penalty = 0.1;
      for (let e = s + 1; e <= end; e += 1) {
        const last = sentence.words[e - 1] as Word;
        if (last.quoted !== undefined || context.forbidden?.has(last.stem) === true || last.stem === ',') break;
        penalty += 0.02 + (sentence.inValue[e - 1] === true || STRUCTURAL.has(last.text) ? 0.3 : 0);
        relax(scratch, next + (e - s), base + penalty, here, FREE, s, 0);
      }
    }
  }
  let cell = items.length * width + (end - start);
  if (!((cost[cell] as number) + phrase.prior <= context.ceiling)) return null;
  const total = (cost[cell] as number) + phrase.prior;
  const values = new Map<string, Value>();
  let anchored = false;
  while (cell > 0) {
    const from = back[cell] as number;
    anchored ||= anchor[cell] === 1;
    const item = items[Math.floor(from / width)];
    const kind = slotKind[cell] as number;
    if (item?.kind === 'slot' && kind !== NONE && kind !== SKIPPED) {
      const ref = slotRef[cell] as number;
      const value =
        kind === VALUE ? fitValue((sentence.values[ref] as ValueSpan).value, item.type)
        : kind === ENUM && item.type.kind === 'Enum' ? ({ type: 'Enum', value: item.type.entries[ref] as string } as Value)
        : freeValue(sentence.words.slice(ref, start + (cell % width)), item.type, context);
      if (value !== null) values.set(item.name, value);
    }
    cell = from;
  }
  return anchored ? { cost: total, values } : null;
}
