// ThingTalk dates at run time: `new Date()`, absolute wall-clock dates (in the host's time zone),
// `start_of(week)`/`end_of(day)`, and offsets (`new Date() - 1week`).
import type { DateValue } from '../ast/index.js';
import { toBaseUnit } from './units.js';

function startOf(unit: string, now: Date): Date {
  const date = new Date(now.getTime());
  switch (unit) {
    case 'year':
      date.setMonth(0, 1);
      date.setHours(0, 0, 0, 0);
      return date;
    case 'mon':
      date.setDate(1);
      date.setHours(0, 0, 0, 0);
      return date;
    case 'week':
      date.setDate(date.getDate() - date.getDay());
      date.setHours(0, 0, 0, 0);
      return date;
    case 'day':
      date.setHours(0, 0, 0, 0);
      return date;
    case 'h':
      date.setMinutes(0, 0, 0);
      return date;
    case 'm':
      date.setSeconds(0, 0);
      return date;
    case 's':
      date.setMilliseconds(0);
      return date;
    default:
      return date;
  }
}

function endOf(unit: string, now: Date): Date {
  const start = startOf(unit, now);
  switch (unit) {
    case 'year':
      start.setFullYear(start.getFullYear() + 1);
      break;
    case 'mon':
      start.setMonth(start.getMonth() + 1);
      break;
    case 'week':
      start.setDate(start.getDate() + 7);
      break;
    case 'day':
      start.setDate(start.getDate() + 1);
      break;
    default:
      return new Date(start.getTime() + toBaseUnit(1, unit) - 1);
  }
  return new Date(start.getTime() - 1);
}

export function resolveDate(value: DateValue, now: number): Date {
  const base = value.value;
  let date: Date;
  switch (base.kind) {
    case 'now':
      date = new Date(now);
      break;
    case 'instant':
      date = new Date(base.iso);
      break;
    case 'absolute':
      date = new Date(base.year, base.month - 1, base.day, base.hour, base.minute, base.second);
      break;
    case 'edge':
      date = base.edge === 'start_of' ? startOf(base.unit, new Date(now)) : endOf(base.unit, new Date(now));
      break;
  }
  if (value.offset === null) return date;
  const parts = value.offset.type === 'Measure' ? [value.offset] : value.offset.value;
  const offset = parts.reduce((sum, part) => sum + toBaseUnit(part.value, part.unit), 0);
  return new Date(date.getTime() + (value.operator === '+' ? offset : -offset));
}
