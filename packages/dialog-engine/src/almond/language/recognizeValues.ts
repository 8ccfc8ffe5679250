import type { Value } from '@parley/thingtalk';
import type { Word } from './words.js';

/** A value found in a command: words `start` (inclusive) to `end` (exclusive) and what they mean. */
export interface ValueSpan {
  readonly start: number;
  readonly end: number;
  readonly value: Value;
}

const SMALL: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Unit words (singular, lower case) → ThingTalk units. */
const UNITS: Readonly<Record<string, string>> = {
  ms: 'ms', millisecond: 'ms', s: 's', sec: 's', second: 's', min: 'min', minute: 'min', h: 'h', hr: 'h', hour: 'h',
  day: 'day', week: 'week', month: 'mon', year: 'year',
  byte: 'byte', b: 'byte', kb: 'KB', kilobyte: 'KB', mb: 'MB', megabyte: 'MB', gb: 'GB', gigabyte: 'GB', tb: 'TB', terabyte: 'TB',
  kib: 'KiB', mib: 'MiB', gib: 'GiB',
  m: 'm', meter: 'm', metre: 'm', km: 'km', kilometer: 'km', kilometre: 'km', cm: 'cm', centimeter: 'cm', mm: 'mm',
  mi: 'mi', mile: 'mi', ft: 'ft', foot: 'ft', feet: 'ft', inch: 'in', yard: 'yd',
  kg: 'kg', kilogram: 'kg', g: 'g', gram: 'g', lb: 'lb', pound: 'lb', oz: 'oz', ounce: 'oz',
  celsius: 'C', fahrenheit: 'F', c: 'C', f: 'F', mph: 'mph', kmh: 'kmph',
  l: 'l', liter: 'l', litre: 'l', ml: 'ml', gallon: 'gal', w: 'W', watt: 'W', kw: 'kW', kilowatt: 'kW',
};

function singular(word: string): string {
  if (word === 'feet' || word === 'inches') return word === 'feet' ? 'feet' : 'inch';
  return word.length > 2 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function unitOf(word: string | undefined): string | undefined {
  return word === undefined ? undefined : UNITS[word] ?? UNITS[singular(word)];
}

/** A number written at `index` (digits or English words up to the nineties): its value and how many words it takes. */
function numberAt(list: readonly Word[], index: number): { value: number; length: number } | null {
  const word = list[index]?.text;
  if (word === undefined) return null;
  if (/^\d+(?:\.\d+)?$/.test(word)) return { value: Number(word), length: 1 };
  const small = SMALL.indexOf(word);
  if (small >= 0) return { value: small, length: 1 };
  const tens = TENS.indexOf(word);
  if (tens >= 2) {
    const unit = SMALL.indexOf(list[index + 1]?.text ?? '');
    return unit >= 1 && unit <= 9 ? { value: tens * 10 + unit, length: 2 } : { value: tens * 10, length: 1 };
  }
  if (word === 'hundred') return { value: 100, length: 1 };
  return null;
}

function time(hour: number, minute: number): Value | null {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return { type: 'Time', value: { kind: 'absolute', hour, minute, second: 0 } };
}

function meridiem(hour: number, suffix: string): number {
  if (hour < 1 || hour > 12) return -1;
  if (suffix === 'am') return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

const PART_OF_DAY: Readonly<Record<string, 'am' | 'pm'>> = { morning: 'am', afternoon: 'pm', evening: 'pm', night: 'pm' };

/** A time of day at `index`: 9am, 9 am, 7:30 pm, 19:30, 9 o'clock, 9 in the morning, noon, midnight. */
function timeAt(list: readonly Word[], index: number): ValueSpan | null {
  const word = list[index]?.text ?? '';
  if (word === 'noon' || word === 'midday') return { start: index, end: index + 1, value: time(12, 0) as Value };
  if (word === 'midnight') return { start: index, end: index + 1, value: time(0, 0) as Value };
  const glued = /^(\d{1,2})(?::(\d{2}))?(am|pm)$/.exec(word);
  if (glued !== null) {
    const value = time(meridiem(Number(glued[1]), glued[3] ?? 'am'), Number(glued[2] ?? 0));
    return value === null ? null : { start: index, end: index + 1, value };
  }
  const clock = /^(\d{1,2}):(\d{2})$/.exec(word);
  const hourOnly = clock === null ? numberAt(list, index) : null;
  if (clock === null && (hourOnly === null || !Number.isInteger(hourOnly.value))) return null;
  const hour = clock !== null ? Number(clock[1]) : (hourOnly?.value ?? -1);
  const minute = clock !== null ? Number(clock[2]) : 0;
  const after = index + (hourOnly?.length ?? 1);
  const next = list[after]?.text;
  if (next === 'am' || next === 'pm') {
    const value = time(meridiem(hour, next), minute);
    return value === null ? null : { start: index, end: after + 1, value };
  }
  if (next === "o'clock" || next === 'oclock') {
    const value = time(hour, minute);
    return value === null ? null : { start: index, end: after + 1, value };
  }
  const part = list[after + 2]?.text;
  if (next === 'in' && list[after + 1]?.text === 'the' && part !== undefined && PART_OF_DAY[part] !== undefined) {
    const value = time(meridiem(hour, PART_OF_DAY[part]), minute);
    return value === null ? null : { start: index, end: after + 3, value };
  }
  if (clock !== null) {
    const value = time(hour, minute);
    return value === null ? null : { start: index, end: index + 1, value };
  }
  return null;
}

/** A number with a unit at `index`: 10 bytes, 5 KB, 2 hours, 10kb. */
function measureAt(list: readonly Word[], index: number): ValueSpan | null {
  const glued = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(list[index]?.text ?? '');
  const gluedUnit = glued === null ? undefined : unitOf(glued[2]);
  if (glued !== null && gluedUnit !== undefined) return { start: index, end: index + 1, value: { type: 'Measure', value: Number(glued[1]), unit: gluedUnit } };
  const number = numberAt(list, index);
  if (number === null) return null;
  let after = index + number.length;
  if (list[after]?.text === 'degree' || list[after]?.text === 'degrees') after += 1;
  const unit = unitOf(list[after]?.text);
  if (unit === undefined) return null;
  return { start: index, end: after + 1, value: { type: 'Measure', value: number.value, unit } };
}

/**
 * The values of a command, left to right, longest first where they overlap: quoted strings, times of day,
 * measures and durations, numbers ("#42", "forty two").
 */
export function recognizeValues(list: readonly Word[]): ValueSpan[] {
  const spans: ValueSpan[] = [];
  for (let index = 0; index < list.length; ) {
    const word = list[index] as Word;
    if (word.quoted !== undefined) {
      spans.push({ start: index, end: index + 1, value: { type: 'String', value: word.quoted } });
      index += 1;
      continue;
    }
    const found = timeAt(list, index) ?? measureAt(list, index);
    const number = found === null ? numberAt(list, index) : null;
    const span = found ?? (number === null ? null : { start: index, end: index + number.length, value: { type: 'Number', value: number.value } as Value });
    if (span === null) {
      index += 1;
      continue;
    }
    spans.push(span);
    index = span.end;
  }
  return spans;
}
