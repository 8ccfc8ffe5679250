import { editDistance, typoAllowance } from '../entities/editDistance.js';
import { EXPANSION_WORDS } from '../entities/entityDefinition.js';
import type { JsonValue } from '../jsonValue.js';
import { isSystemEntityName } from '../system/systemEntityMatch.js';
import type { Pattern, PatternPart } from './pattern.js';
import { systemSpansAt, type QueryContext, type ValueSpan } from './queryContext.js';

/** A value captured under an alias, over query tokens `[start, end)`. */
export interface Capture {
  readonly alias: string;
  /** `@sys.number`, `@city`, or `@{…}` for inline entities. */
  readonly entity: string;
  readonly value: JsonValue;
  readonly start: number;
  readonly end: number;
  /** The user's characters, when they differ from the text between the tokens. */
  readonly original?: string;
}

/** A way the pattern matched tokens from its start position up to `end`. */
export interface PatternMatch {
  readonly end: number;
  readonly captures: readonly Capture[];
  /** Tokens taken by `@sys.any` (and by system entities we cannot recognise, read like `@sys.any`). */
  readonly anyTokens: number;
  /** Spelling corrections used. */
  readonly typos: number;
  /** Literal words matched. */
  readonly literals: number;
}

interface PatternOptions {
  /** Capture unaliased references under the entity's name (templates), or not (entity synonyms). */
  readonly defaultAliases: boolean;
  /** Accept misspelt literal words (fuzzy entities). */
  readonly typos: boolean;
}

const EMPTY: PatternMatch = { end: 0, captures: [], anyTokens: 0, typos: 0, literals: 0 };

function extend(base: PatternMatch, step: Partial<PatternMatch> & { end: number }): PatternMatch {
  return {
    end: step.end,
    captures: step.captures === undefined ? base.captures : [...base.captures, ...step.captures],
    anyTokens: base.anyTokens + (step.anyTokens ?? 0),
    typos: base.typos + (step.typos ?? 0),
    literals: base.literals + (step.literals ?? 0),
  };
}

function aliasOf(part: PatternPart, options: PatternOptions): string | undefined {
  if (part.kind === 'word') return undefined;
  if (part.alias !== undefined) return part.alias;
  if (!options.defaultAliases || part.kind === 'choice') return undefined;
  return part.name;
}

/** The user's own characters over tokens `[start, end)`. */
export function originalText(query: QueryContext, start: number, end: number): string {
  const first = query.tokens[start];
  const last = query.tokens[end - 1];
  return first === undefined || last === undefined ? '' : query.text.slice(first.start, last.end);
}

/** Readings of a developer entity starting at token `start`. */
export function entitySpansAt(query: QueryContext, name: string, start: number): readonly ValueSpan[] {
  const key = `${name}@${start}`;
  const memo = query.entitySpans.get(key);
  if (memo !== undefined) return memo;
  const entity = query.entities.get(name);
  if (entity === undefined || query.inProgress.has(key)) return [];
  query.inProgress.add(key);
  const firstWord = query.tokens[start]?.text ?? '';
  const candidates = entity.fuzzy ? entity.all : [...(entity.byFirstWord.get(firstWord) ?? []), ...entity.other];
  const spans: ValueSpan[] = [];
  for (const synonym of candidates) {
    for (const match of matchPattern(synonym.pattern, start, query, { defaultAliases: false, typos: entity.fuzzy })) {
      const value: JsonValue = synonym.composite
        ? Object.fromEntries(match.captures.map((capture) => [capture.alias, capture.value]))
        : synonym.value;
      if (!spans.some((span) => span.end === match.end && span.typos <= match.typos)) {
        spans.push({ end: match.end, value, typos: match.typos });
      }
    }
  }
  if (entity.expandable) {
    for (let end = start + 1; end <= Math.min(start + EXPANSION_WORDS, query.tokens.length); end += 1) {
      if (!spans.some((span) => span.end === end)) spans.push({ end, value: originalText(query, start, end), typos: 0, expanded: true });
    }
  }
  query.inProgress.delete(key);
  query.entitySpans.set(key, spans);
  return spans;
}

function* matchWord(word: string, at: number, query: QueryContext, options: PatternOptions): Generator<Partial<PatternMatch> & { end: number }> {
  const token = query.tokens[at];
  if (token === undefined) return;
  if (token.text === word) {
    yield { end: at + 1, literals: 1 };
  } else if (options.typos) {
    const allowed = typoAllowance(word);
    if (allowed > 0 && editDistance(token.text, word, allowed) <= allowed) yield { end: at + 1, typos: 1 };
  }
}

function* valueSpans(part: PatternPart & { kind: 'entity' | 'system' }, at: number, query: QueryContext): Generator<ValueSpan & { any: boolean }> {
  if (part.kind === 'entity') {
    for (const span of entitySpansAt(query, part.name, at)) yield { ...span, any: span.expanded === true };
  } else if (part.name === 'void') {
    yield { end: at, value: '', typos: 0, any: false };
  } else if (isSystemEntityName(part.name)) {
    for (const span of systemSpansAt(query, part.name, at)) yield { ...span, any: false };
  } else {
    // @sys.any, and system entities we do not recognise, take any non-empty run of words; at the end of the query
    // the value keeps the punctuation after its last word ("La La Land?"), as api.ai's did.
    for (let end = query.tokens.length; end > at; end -= 1) {
      const value = end === query.tokens.length ? query.text.slice(query.tokens[at]?.start ?? 0).trimEnd() : originalText(query, at, end);
      yield { end, value, typos: 0, any: true };
    }
  }
}

/** Numbers an example may annotate without a numeral: the indefinite article ("an apple" → 1). */
const ARTICLE_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1 };

/** The value of an annotated example chunk read as its own words: numeric entities never take a word as value. */
function exampleValue(part: PatternPart & { kind: 'entity' | 'system' }, words: string): JsonValue {
  const number = ARTICLE_NUMBERS[words.toLowerCase()];
  return part.kind === 'system' && (part.name === 'number' || part.name === 'number-integer') && number !== undefined ? number : words;
}

function* matchPart(part: PatternPart, at: number, query: QueryContext, options: PatternOptions): Generator<Partial<PatternMatch> & { end: number }> {
  if (part.kind === 'word') {
    yield* matchWord(part.text, at, query, options);
    return;
  }
  const alias = aliasOf(part, options);
  if (part.kind === 'choice') {
    for (const option of part.options) {
      for (const inner of matchPattern(option, at, query, options)) {
        const written = option.every((piece) => piece.kind === 'word')
          ? option.map((piece) => (piece.kind === 'word' ? piece.text : '')).join(' ')
          : originalText(query, at, inner.end);
        const own = alias === undefined ? [] : [{ alias, entity: '@{}', value: written, start: at, end: inner.end }];
        yield { ...inner, captures: [...inner.captures, ...own] };
      }
    }
    return;
  }
  const entity = part.kind === 'system' ? `@sys.${part.name}` : `@${part.name}`;
  for (const span of valueSpans(part, at, query)) {
    const captures = alias === undefined || part.name === 'void' ? [] : [{
      alias, entity, value: span.value, start: at, end: span.end, ...(span.original === undefined ? {} : { original: span.original }),
    }];
    yield { end: span.end, captures, typos: span.typos, anyTokens: span.any ? span.end - at : 0 };
  }
  if (part.example !== undefined) {
    // An annotated example chunk always matches its own words, whatever the entity makes of them
    // (readings through the entity come first and win ties).
    for (const inner of matchPattern(part.example, at, query, options)) {
      const words = originalText(query, at, inner.end);
      const captures = alias === undefined ? [] : [{ alias, entity, value: exampleValue(part, words), start: at, end: inner.end }];
      yield { end: inner.end, captures, typos: inner.typos };
    }
  }
}

/**
 * Every way `pattern` matches the query's tokens from token `start`, ending at token `end` when given
 * (anywhere otherwise). Positions from which the rest of the pattern cannot finish are remembered, so a
 * failing search with several `@sys.any` takes polynomial, not exponential, time.
 */
export function* matchPattern(
  pattern: Pattern, start: number, query: QueryContext, options: PatternOptions, end?: number,
): Generator<PatternMatch> {
  const deadEnds = new Set<number>();
  const width = query.tokens.length + 1;
  function* walk(index: number, sofar: PatternMatch): Generator<PatternMatch> {
    const part = pattern[index];
    if (part === undefined) {
      if (end === undefined || sofar.end === end) yield sofar;
      return;
    }
    const key = index * width + sofar.end;
    if (deadEnds.has(key)) return;
    let finished = false;
    for (const step of matchPart(part, sofar.end, query, options)) {
      for (const match of walk(index + 1, extend(sofar, step))) {
        finished = true;
        yield match;
      }
    }
    if (!finished) deadEnds.add(key);
  }
  yield* walk(0, { ...EMPTY, end: start });
}
