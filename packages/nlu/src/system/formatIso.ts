import type { WallClock } from './wallClock.js';

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');

/** `yyyy-MM-dd`. */
export function formatDate(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** `HH:mm:ss` (api.ai times carry no zone). */
export function formatTime(wall: Pick<WallClock, 'hour' | 'minute' | 'second'>): string {
  return `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** `+hh:mm` / `-hh:mm`, as in the seed's `2014-08-09T22:45:29+00:00`. */
function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

/** `yyyy-MM-ddTHH:mm:ss±hh:mm`. */
export function formatDateTime(wall: WallClock, offsetMinutes: number): string {
  return `${formatDate(wall)}T${formatTime(wall)}${formatOffset(offsetMinutes)}`;
}

/** Reads the recognizers' `yyyy-MM-dd HH:mm:ss`, `yyyy-MM-dd` or `HH:mm:ss` value strings. */
export function parseRecognizedValue(value: string): Partial<WallClock> {
  const date = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const time = /(\d{2}):(\d{2}):(\d{2})/.exec(value);
  return {
    ...(date === null ? {} : { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }),
    ...(time === null ? {} : { hour: Number(time[1]), minute: Number(time[2]), second: Number(time[3]) }),
  };
}

/** Adds whole days to a calendar date. */
export function addDays(date: Pick<WallClock, 'year' | 'month' | 'day'>, days: number): Pick<WallClock, 'year' | 'month' | 'day'> {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
