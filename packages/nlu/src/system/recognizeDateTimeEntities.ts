import type { DateTimeOptions } from '@microsoft/recognizers-text-suite';
import type { JsonValue } from '../jsonValue.js';
import { cultureOf } from './cultureOf.js';
import { durationValue } from './durationValue.js';
import { addDays, formatDate, formatDateTime, formatTime, parseRecognizedValue } from './formatIso.js';
import type { RecognitionContext, SystemEntityMatch, SystemEntityName } from './systemEntityMatch.js';
import { recognizersSuite } from './recognizersSuite.js';
import { hostLocalDate, wallClockAt, wallClockOffset, type WallClock } from './wallClock.js';

/** One resolution of a date/time mention, as the recognizers report it. */
interface Resolution {
  readonly timex?: string;
  readonly type?: string;
  readonly value?: string;
  readonly start?: string;
  readonly end?: string;
}

/** The recognizer leaves `resolution` null for some mentions ("the hour right now"): those have no readings. */
function resolutionsOf(resolution: Record<string, unknown> | null | undefined): Resolution[] {
  const values = resolution?.['values'];
  return Array.isArray(values) ? values.filter((v): v is Resolution => typeof v === 'object' && v !== null) : [];
}

/** The sortable key of a recognised value, used to pick the reading that lies ahead of the reference time. */
function sortKey(resolution: Resolution): string {
  return resolution.value ?? resolution.start ?? '';
}

/**
 * Picks among ambiguous readings ("January 1" last or next year, "half past four" am or pm):
 * the first one at or after the reference time, else the last one (api.ai resolves towards the future).
 */
function pickReading(readings: Resolution[], reference: string, timeOnly: boolean): Resolution | undefined {
  const ahead = readings.find((reading) => {
    const key = sortKey(reading);
    return timeOnly ? key >= reference.slice(11) : key >= reference.slice(0, key.length);
  });
  return ahead ?? readings[readings.length - 1];
}

function fullWall(parts: Partial<WallClock>, fallback: WallClock): WallClock {
  return {
    year: parts.year ?? fallback.year, month: parts.month ?? fallback.month, day: parts.day ?? fallback.day,
    hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0,
  };
}

/** Maps one recognised reading to the api.ai entity and value it stands for. */
function toEntity(reading: Resolution, reference: WallClock, timeZone: string | undefined):
  { entity: SystemEntityName; value: JsonValue } | undefined {
  switch (reading.type) {
    case 'date':
      return reading.value === undefined ? undefined
        : { entity: 'date', value: formatDate(fullWall(parseRecognizedValue(reading.value), reference)) };
    case 'time':
      return reading.value === undefined ? undefined
        : { entity: 'time', value: formatTime(fullWall(parseRecognizedValue(reading.value), reference)) };
    case 'datetime': {
      if (reading.value === undefined) return undefined;
      const wall = fullWall(parseRecognizedValue(reading.value), reference);
      return { entity: 'date-time', value: formatDateTime(wall, wallClockOffset(wall, timeZone)) };
    }
    case 'daterange': {
      if (reading.start === undefined || reading.end === undefined) return undefined;
      const start = fullWall(parseRecognizedValue(reading.start), reference);
      const end = fullWall(parseRecognizedValue(reading.end), reference);
      // Named periods ("April", "this weekend") come with an exclusive end; api.ai's periods end inclusively.
      // Explicit ranges ("from January 1 till January 15", timex "(a,b,d)") already end on the day named.
      const inclusiveEnd = reading.timex?.startsWith('(') === true ? end : addDays(end, -1);
      return { entity: 'date-period', value: `${formatDate(start)}/${formatDate(inclusiveEnd)}` };
    }
    case 'timerange':
    case 'datetimerange': {
      if (reading.start === undefined || reading.end === undefined) return undefined;
      const start = fullWall(parseRecognizedValue(reading.start), reference);
      const end = fullWall(parseRecognizedValue(reading.end), reference);
      return { entity: 'time-period', value: `${formatTime(start)}/${formatTime(end)}` };
    }
    case 'duration': {
      const value = reading.timex === undefined ? undefined : durationValue(reading.timex);
      return value === undefined ? undefined : { entity: 'duration', value };
    }
    default:
      return undefined;
  }
}

/**
 * "every 5 minutes" is one recurrence to the recognizers; api.ai has no recurrence entity, so the words
 * after "every"/"each" are read as the duration between occurrences.
 */
function recurrenceInterval(text: string, start: number, end: number, reading: Resolution): SystemEntityMatch | undefined {
  const value = reading.timex === undefined ? undefined : durationValue(reading.timex);
  const lead = /^(?:every|each)\s+/i.exec(text.slice(start, end));
  if (value === undefined || lead === null) return undefined;
  const from = start + lead[0].length;
  return { entity: 'duration', start: from, end, text: text.slice(from, end), value };
}

/** Reads the reference instant given as a Date, epoch milliseconds or an ISO string. */
export function instantOf(now: Date | number | string): number {
  const instant = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(instant)) throw new RangeError(`Invalid reference time: ${String(now)}`);
  return instant;
}

/** Dates, times, date-times, periods and durations in `text`, relative to the context's reference time and zone. */
export function recognizeDateTimeEntities(
  text: string, context: RecognitionContext & { readonly now: Date | number | string },
): SystemEntityMatch[] {
  const { recognizeDateTime } = recognizersSuite();
  const reference = wallClockAt(instantOf(context.now), context.timeZone);
  const referenceKey = `${formatDate(reference)} ${formatTime(reference)}`;
  const none = 0 as DateTimeOptions;
  const matches: SystemEntityMatch[] = [];
  for (const result of recognizeDateTime(text, cultureOf(context.lang), none, hostLocalDate(reference))) {
    const readings = resolutionsOf(result.resolution);
    const reading = pickReading(readings, referenceKey, readings[0]?.type === 'time');
    const recurrence = reading?.type === 'set' ? recurrenceInterval(text, result.start, result.end + 1, reading) : undefined;
    if (recurrence !== undefined) {
      matches.push(recurrence);
      continue;
    }
    const mapped = reading === undefined ? undefined : toEntity(reading, reference, context.timeZone);
    if (mapped === undefined) continue;
    // The recognizers report lower-cased text; `.original` is the user's own characters.
    matches.push({ ...mapped, start: result.start, end: result.end + 1, text: text.slice(result.start, result.end + 1) });
  }
  return matches;
}
