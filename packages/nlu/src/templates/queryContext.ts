import type { CompiledEntity } from '../entities/compileEntity.js';
import type { JsonValue } from '../jsonValue.js';
import { recognizeSystemEntities } from '../system/recognizeSystemEntities.js';
import type { RecognitionContext, SystemEntityName } from '../system/systemEntityMatch.js';
import type { Token } from '../text/tokenize.js';

/** A stretch of query tokens `[start, end)` read as an entity value. */
export interface ValueSpan {
  readonly end: number;
  readonly value: JsonValue;
  /** Spelling corrections needed to read it. */
  readonly typos: number;
  /** An unlisted value accepted by `automatedExpansion`: it counts like words taken by `@sys.any`. */
  readonly expanded?: boolean;
  /** The recognised characters when they reach beyond the tokens (the "(" of "(123) 456-7890"). */
  readonly original?: string;
}

/** Entities recognised together because one recogniser finds them all. */
const FAMILIES: readonly (readonly SystemEntityName[])[] = [
  ['date', 'date-time', 'date-period', 'time', 'time-period', 'duration'],
  ['number', 'number-integer'],
  ['unit-length', 'unit-weight', 'unit-volume', 'unit-area', 'unit-speed', 'unit-information'],
];

/** One query being matched: its tokens, the entities in force, and memoised entity readings. */
export interface QueryContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: ReadonlyMap<string, CompiledEntity>;
  /** Reference time, zone and language for system entities; without a reference time dates and times never match. */
  readonly recognition: RecognitionContext;
  /** Memo: `${entity}@${start}` → spans (developer entities). */
  readonly entitySpans: Map<string, readonly ValueSpan[]>;
  /** Memo: system entity → start token → spans. */
  readonly systemSpans: Map<string, ReadonlyMap<number, readonly ValueSpan[]>>;
  /** Entity readings in progress, to stop entities that refer to themselves. */
  readonly inProgress: Set<string>;
}

export function createQueryContext(
  text: string, tokens: readonly Token[], entities: ReadonlyMap<string, CompiledEntity>,
  recognition: RecognitionContext,
): QueryContext {
  return { text, tokens, entities, recognition, entitySpans: new Map(), systemSpans: new Map(), inProgress: new Set() };
}

/** First and one-past-last token covered exactly by the character range, or undefined if a token is cut. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | undefined {
  const first = tokens.findIndex((token) => token.end > start);
  if (first < 0) return undefined;
  const firstToken = tokens[first];
  if (firstToken === undefined || firstToken.start < start || firstToken.start >= end) return undefined;
  let last = first;
  while ((tokens[last + 1]?.start ?? Infinity) < end) last += 1;
  if ((tokens[last]?.end ?? Infinity) > end) return undefined;
  return [first, last + 1];
}

/** Spans of a recognised system entity starting at token `start`. */
export function systemSpansAt(query: QueryContext, name: SystemEntityName, start: number): readonly ValueSpan[] {
  let byStart = query.systemSpans.get(name);
  if (byStart === undefined) {
    const family = FAMILIES.find((members) => members.includes(name)) ?? [name];
    const found = recognizeSystemEntities(query.text, { ...query.recognition, entities: family, resolveOverlaps: false });
    for (const member of family) {
      const spans = new Map<number, ValueSpan[]>();
      for (const match of found) {
        if (match.entity !== member) continue;
        const range = tokenRange(query.tokens, match.start, match.end);
        if (range === undefined) continue;
        spans.set(range[0], [...(spans.get(range[0]) ?? []), { end: range[1], value: match.value, typos: 0, original: match.text }]);
      }
      query.systemSpans.set(member, spans);
    }
    byStart = query.systemSpans.get(name) ?? new Map();
  }
  return byStart.get(start) ?? [];
}
