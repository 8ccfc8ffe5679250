import type { Action, Program, Stream, Table, Value } from '@parley/thingtalk';
import type { Lexicon } from './buildLexicon.js';
import { DELETE_BRAND, DELETE_CONTENT, matchPhrase, type MatchContext } from './matchPhrase.js';
import { parseFilter, FILTER_MARKERS } from './parseFilter.js';
import { outputsOf, type Category, type Fragment, type FunctionRef, type Phrase } from './phrase.js';
import type { Sentence } from './sentence.js';
import { stem } from './words.js';

/** A reading of some words, with its cost (lower is better) and the function it is about. */
export interface Reading<T> {
  readonly value: T;
  readonly cost: number;
  readonly fn: FunctionRef;
}

/** How many readings of one span are kept. */
const KEEP = 4;
const FILTER_COST = 0.15;
/** Readings of a span that cost more than this are dropped (score e^−3 ≈ 0.05). */
const CEILING = 3;
/** Readings further than this behind the best one of a span are not looked for. */
const REACH = 1.5;

const stems = (text: string): ReadonlySet<string> => new Set(text.split(' ').map(stem));

/** Words around a query that add nothing: "show me", "I want to see", "what is". */
const QUERY_FILLERS = stems('get show give tell want see know hear what is are fetch find display list search look up send open like would need me i to read check let us please can could you have pick choose grab bring');
/** Words around a stream: "when there is a new …", "… is published", "… comes out". */
const STREAM_FILLERS = stems('when whenever if once there is are a an new get gets come comes out publish publishes published post posts posted release releases released available appear appears change changes changed update updates updated has have any of about some someone upload uploads one');
const ACTION_FILLERS = stems('please can could would you i want to need go ahead just');

function byCost<T extends { cost: number }>(list: T[]): T[] {
  return list.sort((a, b) => a.cost - b.cost).slice(0, KEEP);
}

/**
 * The readings of the spans of one sentence as queries, streams, actions and programs, computed on demand and
 * kept (each span is read once). Only phrases sharing a content word with the sentence are tried.
 */
export class ParseChart {
  private readonly memo = new Map<string, Reading<unknown>[]>();
  private readonly candidates = new Map<Category, Phrase[]>();
  private readonly vocabulary: ReadonlyMap<string, unknown>;

  constructor(lexicon: Lexicon, readonly sentence: Sentence) {
    this.vocabulary = lexicon.index;
    const ids = new Set<number>(lexicon.bare);
    for (const word of sentence.stems) for (const id of lexicon.index.get(word) ?? []) ids.add(id);
    for (const id of [...ids].sort((a, b) => a - b)) {
      const phrase = lexicon.phrases[id] as Phrase;
      const list = this.candidates.get(phrase.category) ?? [];
      list.push(phrase);
      this.candidates.set(phrase.category, list);
    }
  }

  private cached<T>(key: string, compute: () => Reading<T>[]): Reading<T>[] {
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit as Reading<T>[];
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /**
   * What the content words of the phrase the span lacks cost to delete, and whether it has any of them
   * that is not a filler here (a phrase that shares only fillers with the span is no reading of it).
   */
  private missing(phrase: Phrase, start: number, end: number, fillers: ReadonlySet<string>): { missing: number; anchored: boolean } {
    let missing = 0;
    let anchored = false;
    let meaningful = 0;
    for (const item of phrase.items) {
      if (item.kind !== 'word' || item.stop || fillers.has(item.stem)) continue;
      meaningful += 1;
      let found = false;
      for (let index = start; index < end && !found; index += 1) found = this.sentence.words[index]?.stem === item.stem;
      if (found) anchored = true;
      else missing += item.brand ? DELETE_BRAND : DELETE_CONTENT;
    }
    return { missing, anchored: anchored || meaningful === 0 };
  }

  /**
   * Phrases of a category read over the span. Phrases are aligned in order of their lower bound (the deletions
   * they cannot avoid); those that cannot come within reach of the best reading so far are not aligned.
   */
  private fragments(category: Category, start: number, end: number, context: MatchContext): Reading<Fragment>[] {
    const bounded: { phrase: Phrase; bound: number }[] = [];
    for (const phrase of this.candidates.get(category) ?? []) {
      const { missing, anchored } = this.missing(phrase, start, end, context.fillers);
      if (!anchored) continue;
      const bound = missing + phrase.prior;
      if (bound <= context.ceiling) bounded.push({ phrase, bound });
    }
    bounded.sort((a, b) => a.bound - b.bound);
    const found: { phrase: Phrase; cost: number; values: ReadonlyMap<string, Value> }[] = [];
    let best = Infinity;
    for (const { phrase, bound } of bounded) {
      if (bound > best + REACH) break;
      const match = matchPhrase(phrase, this.sentence, start, end, context);
      if (match === null) continue;
      found.push({ phrase, cost: match.cost, values: match.values });
      best = Math.min(best, match.cost);
    }
    return byCost(found).map(({ phrase, cost, values }) => ({ value: phrase.build(values), cost, fn: phrase.fn }));
  }

  /** Queries over the span, with a filter on their outputs when one follows ("… whose title contains cat"). */
  query(start: number, end: number, inStream = false): Reading<Table>[] {
    return this.cached(`q${inStream ? 's' : ''}:${start}:${end}`, () => {
      const context: MatchContext = inStream ? { fillers: STREAM_FILLERS, forbidden: STREAM_FILLERS, vocabulary: this.vocabulary, ceiling: CEILING } : { fillers: QUERY_FILLERS, vocabulary: this.vocabulary, ceiling: CEILING };
      const plain = this.fragments('query', start, end, context).flatMap((reading): Reading<Table>[] =>
        reading.value.category === 'query' ? [{ value: reading.value.table, cost: reading.cost, fn: reading.fn }] : [],
      );
      const filtered: Reading<Table>[] = [];
      for (let marker = start + 1; marker < end - 2; marker += 1) {
        if (!FILTER_MARKERS.has(this.sentence.words[marker]?.text ?? '')) continue;
        for (const base of this.query(start, marker, inStream)) {
          const parsed = parseFilter(this.sentence, marker, end, outputsOf(base.fn), inStream ? STREAM_FILLERS : new Set());
          if (parsed === null) continue;
          let rest = 0;
          for (let index = parsed.end; index < end; index += 1) rest += context.fillers.has(this.sentence.words[index]?.stem ?? '') ? 0.05 : 0.6;
          filtered.push({ value: { type: 'Filter', table: base.value, filter: parsed.filter }, cost: base.cost + FILTER_COST + rest, fn: base.fn });
        }
      }
      return byCost([...plain, ...filtered]);
    });
  }

  /** Streams over the span: dataset streams, or a monitorable query watched for changes ("when a new xkcd is out"). */
  stream(start: number, end: number): Reading<Stream>[] {
    return this.cached(`s:${start}:${end}`, () => {
      const context: MatchContext = { fillers: STREAM_FILLERS, forbidden: STREAM_FILLERS, vocabulary: this.vocabulary, ceiling: CEILING };
      const direct = this.fragments('stream', start, end, context).flatMap((reading): Reading<Stream>[] =>
        reading.value.category === 'stream' ? [{ value: reading.value.stream, cost: reading.cost, fn: reading.fn }] : [],
      );
      const monitored = this.query(start, end, true)
        .filter((reading) => reading.fn.def.isMonitorable)
        .map((reading): Reading<Stream> => ({ value: { type: 'Monitor', table: reading.value, args: null }, cost: reading.cost + 0.05, fn: reading.fn }));
      return byCost([...direct, ...monitored]);
    });
  }

  /** Actions over the span; after a query, "its title" / "it" name the query's outputs. */
  action(start: number, end: number, after: FunctionRef | null = null): Reading<Action>[] {
    return this.cached(`a:${start}:${end}:${after === null ? '' : `${after.kind}.${after.name}`}`, () => {
      const context: MatchContext = { fillers: ACTION_FILLERS, vocabulary: this.vocabulary, ceiling: CEILING, ...(after === null ? {} : { reference: (text: string) => referenceTo(after, text) }) };
      return byCost(
        this.fragments('action', start, end, context).flatMap((reading): Reading<Action>[] =>
          reading.value.category === 'action' ? [{ value: reading.value.action, cost: reading.cost, fn: reading.fn }] : [],
        ),
      );
    });
  }

  /** Whole programs of the datasets over the span ("get a cat picture"). */
  program(start: number, end: number): Reading<Program>[] {
    return this.cached(`p:${start}:${end}`, () =>
      byCost(
        this.fragments('program', start, end, { fillers: QUERY_FILLERS, vocabulary: this.vocabulary, ceiling: CEILING }).flatMap((reading): Reading<Program>[] =>
          reading.value.category === 'program' ? [{ value: reading.value.program, cost: reading.cost, fn: reading.fn }] : [],
        ),
      ),
    );
  }
}

/** "its title", "the title", "title" → the output `title` of the earlier query; "it", "that", "the result" → its first string. */
function referenceTo(fn: FunctionRef, text: string): Value | null {
  const outputs = outputsOf(fn);
  const named = text.replace(/^(?:its|the|that|this|their) /, '').replace(/ /g, '_');
  const output = outputs.find((arg) => arg.name === named);
  if (output !== undefined) return { type: 'VarRef', name: output.name };
  if (!['it', 'that', 'this', 'them', 'the result', 'the results', 'the data', 'the output'].includes(text)) return null;
  const first = outputs.find((arg) => arg.type.kind === 'String');
  return first === undefined ? null : { type: 'VarRef', name: first.name };
}
