// Wall-clock time in a user's IANA time zone (or the host's when none is given), with Intl only.
import type { CalendarFields } from '../ast/index.js';

/** The calendar fields an instant shows in a time zone, and its day of the week. */
export interface WallClock extends CalendarFields {
  /** 0 = Sunday */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of an instant in `timeZone`. */
export function wallClock(instant: number, timeZone?: string): WallClock {
  if (timeZone === undefined) {
    const date = new Date(instant);
    return {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
      weekday: date.getDay(),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? 'Sun'),
  };
}

/**
 * The instant at which the wall clock of `timeZone` shows these fields (out-of-range days, hours… roll over,
 * as with Date). Milliseconds are kept as given.
 */
export function fromWallClock(
  fields: CalendarFields & { readonly millisecond?: number },
  timeZone?: string,
): number {
  const { year, month, day, hour, minute, second } = fields;
  const millisecond = fields.millisecond ?? 0;
  if (timeZone === undefined) return new Date(year, month - 1, day, hour, minute, second, millisecond).getTime();
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const offsetAt = (instant: number): number => {
    const wall = wallClock(instant, timeZone);
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - (instant - (instant % 1000 + 1000) % 1000);
  };
  const guess = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(guess);
}
