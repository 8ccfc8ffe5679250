/** A calendar date and time of day as read on a clock in some time zone (no zone attached). */
export interface WallClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const FIXED_OFFSET = /^(?:(?:gmt|utc)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return undefined;
  }
}

/**
 * Minutes east of UTC for `timeZone` at `instant`. Accepts IANA names ("Europe/Paris"), the seed's
 * "GMT+6", Python's "+0000" and "UTC"/"GMT"; anything unknown reads as UTC (api.ai parses leniently).
 */
export function timeZoneOffset(instant: number, timeZone: string | undefined): number {
  const zone = (timeZone ?? 'UTC').trim();
  if (/^(utc|gmt|z)?$/i.test(zone)) return 0;
  const fixed = FIXED_OFFSET.exec(zone);
  if (fixed !== null) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  const formatter = formatterFor(zone);
  if (formatter === undefined) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0,
    parts['minute'] ?? 0, parts['second'] ?? 0);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The wall clock in `timeZone` at `instant` (milliseconds since the epoch). */
export function wallClockAt(instant: number, timeZone: string | undefined): WallClock {
  const shifted = new Date(instant + timeZoneOffset(instant, timeZone) * 60000);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds(),
  };
}

/** Minutes east of UTC that a wall clock reading in `timeZone` carries (the offset in force at that reading). */
export function wallClockOffset(wall: WallClock, timeZone: string | undefined): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const first = timeZoneOffset(asUtc, timeZone);
  return timeZoneOffset(asUtc - first * 60000, timeZone);
}

/**
 * A `Date` whose host-local fields show `wall`. The recognizers read their reference date through the
 * local getters, so this makes their output independent of the host's time zone.
 */
export function hostLocalDate(wall: WallClock): Date {
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}
