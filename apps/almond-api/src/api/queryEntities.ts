// The query as Almond's NLP server tokenized it (docs/protocols/almond.md §2.4, §5): lower-cased words, with quoted
// strings and recognised numbers, dates and times replaced by placeholders (QUOTED_STRING_0, NUMBER_0, DATE_0,
// TIME_0) whose values are given in the NN entity formats.
import { recognizersLoaded, recognizeSystemEntities, tokenize, type SystemEntityMatch } from '@parley/nlu';
import type { Value } from '@parley/thingtalk';

type NNEntityValue =
  | string
  | number
  | { year: number; month: number; day: number; hour: number; minute: number; second: number }
  | { hour: number; minute: number };

/** One placeholder of the query: its NN value and the ThingTalk value it fills a slot of `slotType` with. */
export interface QueryEntity {
  placeholder: string;
  slotType: 'String' | 'Number' | 'Date' | 'Time';
  value: Value;
}

interface QueryEntities {
  tokens: string[];
  entities: Record<string, NNEntityValue>;
  /** In the order of the query. */
  found: QueryEntity[];
}

interface Span {
  start: number;
  end: number;
  kind: 'QUOTED_STRING' | 'NUMBER' | 'DATE' | 'TIME';
  nn: NNEntityValue;
  value: Value;
}

const SLOT_TYPES = { QUOTED_STRING: 'String', NUMBER: 'Number', DATE: 'Date', TIME: 'Time' } as const;

function systemSpan(match: SystemEntityMatch): Span | null {
  const { start, end, value } = match;
  if ((match.entity === 'number' || match.entity === 'number-integer') && typeof value === 'number') {
    return { start, end, kind: 'NUMBER', nn: value, value: { type: 'Number', value } };
  }
  if ((match.entity === 'date' || match.entity === 'date-time') && typeof value === 'string') {
    const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(value);
    if (parts === null) return null;
    const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
    const fields = { year, month, day, hour, minute, second };
    return { start, end, kind: 'DATE', nn: fields, value: { type: 'Date', value: { kind: 'absolute', ...fields }, operator: '+', offset: null } };
  }
  if (match.entity === 'time' && typeof value === 'string') {
    const [hour = 0, minute = 0] = value.split(':').map(Number);
    return { start, end, kind: 'TIME', nn: { hour, minute }, value: { type: 'Time', value: { kind: 'absolute', hour, minute, second: 0 } } };
  }
  return null;
}

function quotedSpans(text: string): Span[] {
  return [...text.matchAll(/"([^"]*)"/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'QUOTED_STRING' as const,
    nn: match[1] ?? '',
    value: { type: 'String' as const, value: match[1] ?? '' },
  }));
}

/**
 * The recognisers' numbers, dates and times; none when they fail (the date-time recogniser of @parley/nlu throws
 * on some phrasings such as "the hour right now"), so the query is still parsed on its words. Calling it before
 * `loadRecognizers()` has resolved is a mistake of the caller, not a failure of the recognisers: that error is thrown.
 */
function recognizedEntities(text: string, clock: { now?: number; timeZone?: string }): SystemEntityMatch[] {
  try {
    return recognizeSystemEntities(text, { ...clock, entities: ['number', 'number-integer', 'date', 'date-time', 'time'] });
  } catch (error) {
    if (!recognizersLoaded()) throw error;
    return [];
  }
}

/** Tokens and entities of a query; `now` enables dates and times (nothing reads the host clock here). */
export function queryEntities(text: string, clock: { now?: number; timeZone?: string } = {}): QueryEntities {
  const quoted = quotedSpans(text);
  const inQuote = (span: { start: number; end: number }) => quoted.some((q) => span.start < q.end && q.start < span.end);
  const system = recognizedEntities(text, clock)
    .map(systemSpan)
    .filter((span): span is Span => span !== null && !inQuote(span));
  const spans = [...quoted, ...system].sort((a, b) => a.start - b.start);
  const tokens: string[] = [];
  const entities: Record<string, NNEntityValue> = {};
  const found: QueryEntity[] = [];
  const counts = new Map<string, number>();
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    tokens.push(...tokenize(text.slice(cursor, span.start)).map((token) => token.text));
    const index = counts.get(span.kind) ?? 0;
    counts.set(span.kind, index + 1);
    const placeholder = `${span.kind}_${index}`;
    tokens.push(placeholder);
    entities[placeholder] = span.nn;
    found.push({ placeholder, slotType: SLOT_TYPES[span.kind], value: span.value });
    cursor = span.end;
  }
  tokens.push(...tokenize(text.slice(cursor)).map((token) => token.text));
  return { tokens, entities, found };
}
