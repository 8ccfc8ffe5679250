// ThingTalk dates at run time: `new Date()`, absolute wall-clock dates (in the user's time zone),
// `start_of(week)`/`end_of(day)`, and offsets (`new Date() - 1week`).
import type { DateValue } from '../ast/index.js';
import { toBaseUnit } from './units.js';
import { fromWallClock, wallClock } from './zonedTime.js';

function startOf(unit: string, now: number, timeZone: string | undefined): number {
  const w = wallClock(now, timeZone);
  const at = (month: number, day: number, hour = 0, minute = 0, second = 0): number =>
    fromWallClock({ year: w.year, month, day, hour, minute, second }, timeZone);
  switch (unit) {
    case 'year':
      return at(1, 1);
    case 'mon':
      return at(w.month, 1);
    case 'week':
      return at(w.month, w.day - w.weekday);
    case 'day':
      return at(w.month, w.day);
    case 'h':
      return at(w.month, w.day, w.hour);
    case 'm':
      return at(w.month, w.day, w.hour, w.minute);
    case 's':
      return at(w.month, w.day, w.hour, w.minute, w.second);
    default:
      return now;
  }
}

function endOf(unit: string, now: number, timeZone: string | undefined): number {
  const w = wallClock(now, timeZone);
  const next = (year: number, month: number, day: number): number =>
    fromWallClock({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone) - 1;
  switch (unit) {
    case 'year':
      return next(w.year + 1, 1, 1);
    case 'mon':
      return next(w.year, w.month + 1, 1);
    case 'week':
      return next(w.year, w.month, w.day - w.weekday + 7);
    case 'day':
      return next(w.year, w.month, w.day + 1);
    case 'h':
    case 'm':
    case 's':
      return startOf(unit, now, timeZone) + toBaseUnit(1, unit === 'm' ? 'min' : unit) - 1;
    default:
      return now;
  }
}

export function resolveDate(value: DateValue, now: number, timeZone?: string): Date {
  const base = value.value;
  let instant: number;
  switch (base.kind) {
    case 'now':
      instant = now;
      break;
    case 'instant':
      instant = new Date(base.iso).getTime();
      break;
    case 'absolute':
      instant = fromWallClock(base, timeZone);
      break;
    case 'edge':
      instant = base.edge === 'start_of' ? startOf(base.unit, now, timeZone) : endOf(base.unit, now, timeZone);
      break;
  }
  if (value.offset === null) return new Date(instant);
  const parts = value.offset.type === 'Measure' ? [value.offset] : value.offset.value;
  const offset = parts.reduce((sum, part) => sum + toBaseUnit(part.value, part.unit), 0);
  return new Date(instant + (value.operator === '+' ? offset : -offset));
}
