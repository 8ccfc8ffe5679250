import type { DateBase, Value } from '../ast/index.js';
import { baseUnitOf } from '../runtime/units.js';
import { fromWallClock } from '../runtime/zonedTime.js';

/**
 * The `entities` of an Almond parsed command: placeholder name (`QUOTED_STRING_0`, `NUMBER_1`,
 * `GENERIC_ENTITY_tt:stock_id_0`, …) → its value in almond-tokenizer's JSON form.
 */
export type EntityMap = Readonly<Record<string, unknown>>;

/** The date used to complete DATE entities whose year, month or day is -1 (unset). */
export interface Today {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Entity types whose value is a plain string, and the ThingTalk entity type they stand for. */
const STRING_ENTITY_TYPES: Readonly<Record<string, string>> = {
  USERNAME: 'tt:username',
  HASHTAG: 'tt:hashtag',
  URL: 'tt:url',
  PHONE_NUMBER: 'tt:phone_number',
  EMAIL_ADDRESS: 'tt:email_address',
  PATH_NAME: 'tt:path_name',
  PICTURE: 'tt:picture',
};

const SIMPLE_PLACEHOLDERS = new Set([
  'QUOTED_STRING', 'NUMBER', 'DATE', 'TIME', 'DURATION', 'CURRENCY', 'LOCATION', 'SLOT', ...Object.keys(STRING_ENTITY_TYPES),
]);

/** `GENERIC_ENTITY_tt:stock_id_0` → [`GENERIC_ENTITY_tt:stock_id`, 0]; null when it is not a placeholder. */
export function splitPlaceholder(token: string): [type: string, index: number] | null {
  const match = /^(.+)_(\d+)$/.exec(token);
  if (match === null || match[1] === undefined || match[2] === undefined) return null;
  const type = match[1];
  const known = SIMPLE_PLACEHOLDERS.has(type) || /^MEASURE_\w+$/.test(type) || /^GENERIC_ENTITY_[\w.-]+:\w+$/.test(type);
  return known ? [type, Number(match[2])] : null;
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null;
const num = (raw: Record<string, unknown>, key: string): number => (typeof raw[key] === 'number' ? raw[key] : -1);
const str = (raw: Record<string, unknown>, key: string): string | null => (typeof raw[key] === 'string' ? raw[key] : null);

/**
 * How DATE entities are read: `today` completes unset (-1) year, month or day; with `timeZone` an entity of
 * year/month/day/… fields is the instant at which that zone's clock shows them (as thingtalk 1.10 reads it, in its
 * process's zone), so that it prints as `new Date("…Z")` and matches dates written either way.
 */
export interface DateContext {
  readonly today?: Today | undefined;
  readonly timeZone?: string | undefined;
}

function dateBase(raw: unknown, dates: DateContext): DateBase | null {
  const { today } = dates;
  if (typeof raw === 'string') {
    const time = Date.parse(raw);
    return Number.isNaN(time) ? null : { kind: 'instant', iso: new Date(time).toISOString() };
  }
  if (!isRecord(raw)) return null;
  const [year, month, day] = [num(raw, 'year'), num(raw, 'month'), num(raw, 'day')];
  if ((year < 0 || month < 0 || day < 0) && today === undefined) return null;
  const absolute: DateBase = {
    kind: 'absolute',
    year: year < 0 ? (today?.year ?? year) : year,
    month: month < 0 ? (today?.month ?? month) : month,
    day: day < 0 ? (today?.day ?? day) : day,
    hour: Math.max(num(raw, 'hour'), 0),
    minute: Math.max(num(raw, 'minute'), 0),
    second: Math.max(num(raw, 'second'), 0),
  };
  return dates.timeZone === undefined ? absolute : { kind: 'instant', iso: new Date(instantOf(absolute, dates.timeZone)).toISOString() };
}

/** The instant of wall-clock date fields in a time zone. */
function instantOf(date: Extract<DateBase, { kind: 'absolute' }>, timeZone: string): number {
  return fromWallClock(date, timeZone);
}

/** The instant a date denotes in a time zone, or null when it is relative (now, start_of, …). */
function dateInstant(date: DateBase, timeZone: string | undefined): number | null {
  if (date.kind === 'instant') return Date.parse(date.iso);
  if (date.kind === 'absolute' && timeZone !== undefined) return instantOf(date, timeZone);
  return null;
}

/** The ThingTalk value of an entity, or null when the JSON does not have the expected shape. */
export function entityToValue(type: string, raw: unknown, dates: DateContext = {}): Value | null {
  if (type === 'QUOTED_STRING') return typeof raw === 'string' ? { type: 'String', value: raw } : null;
  if (type === 'NUMBER') return typeof raw === 'number' ? { type: 'Number', value: raw } : null;
  const stringEntity = STRING_ENTITY_TYPES[type];
  if (stringEntity !== undefined) return typeof raw === 'string' ? { type: 'Entity', value: raw, entityType: stringEntity, display: null } : null;
  if (type.startsWith('GENERIC_ENTITY_')) {
    if (!isRecord(raw)) return null;
    return { type: 'Entity', value: str(raw, 'value'), entityType: type.slice('GENERIC_ENTITY_'.length), display: str(raw, 'display') };
  }
  if (type === 'DATE') {
    const base = dateBase(raw, dates);
    return base === null ? null : { type: 'Date', value: base, operator: '+', offset: null };
  }
  if (!isRecord(raw)) return null;
  switch (type) {
    case 'TIME':
      return { type: 'Time', value: { kind: 'absolute', hour: num(raw, 'hour'), minute: num(raw, 'minute'), second: Math.max(num(raw, 'second'), 0) } };
    case 'CURRENCY':
      return { type: 'Currency', value: num(raw, 'value'), code: (str(raw, 'unit') ?? str(raw, 'code') ?? '').toLowerCase() };
    case 'LOCATION':
      return { type: 'Location', value: { kind: 'absolute', lat: num(raw, 'latitude'), lon: num(raw, 'longitude'), display: str(raw, 'display') } };
    default: {
      const unit = str(raw, 'unit');
      const isMeasure = type === 'DURATION' || type.startsWith('MEASURE_');
      return isMeasure && unit !== null ? { type: 'Measure', value: num(raw, 'value'), unit } : null;
    }
  }
}

/** The placeholder type a value is written with in NN syntax (`QUOTED_STRING`, `MEASURE_C`, …), if any. */
export function placeholderTypeOf(v: Value): string | null {
  switch (v.type) {
    case 'String':
      return 'QUOTED_STRING';
    case 'Number':
      return 'NUMBER';
    case 'Currency':
      return 'CURRENCY';
    case 'Location':
      return v.value.kind === 'absolute' ? 'LOCATION' : null;
    case 'Time':
      return v.value.kind === 'absolute' ? 'TIME' : null;
    case 'Date':
      return v.value.kind === 'absolute' || v.value.kind === 'instant' ? 'DATE' : null;
    case 'Measure': {
      const base = baseUnitOf(v.unit) ?? v.unit;
      return base === 'ms' ? 'DURATION' : `MEASURE_${base}`;
    }
    case 'Entity': {
      const named = Object.entries(STRING_ENTITY_TYPES).find(([, entityType]) => entityType === v.entityType);
      if (named !== undefined) return named[0];
      return v.entityType === 'tt:contact_name' ? 'USERNAME' : `GENERIC_ENTITY_${v.entityType}`;
    }
    default:
      return null;
  }
}

function sameJSON(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether an entity of the map denotes this value (thingtalk 1.x `entitiesEqual`: locations to 0.01°, …). */
export function entityMatches(type: string, raw: unknown, v: Value, dates: DateContext = {}): boolean {
  const candidate = entityToValue(type, raw, dates);
  if (candidate === null) return false;
  if (candidate.type === 'Location' && v.type === 'Location' && candidate.value.kind === 'absolute' && v.value.kind === 'absolute') {
    return Math.abs(candidate.value.lat - v.value.lat) < 0.01 && Math.abs(candidate.value.lon - v.value.lon) < 0.01;
  }
  if (candidate.type === 'Entity' && v.type === 'Entity') {
    return candidate.value === v.value && (candidate.value !== null || candidate.display === v.display);
  }
  if (candidate.type === 'Date' && v.type === 'Date') {
    if (v.offset !== null) return false;
    const [a, b] = [dateInstant(candidate.value, dates.timeZone), dateInstant(v.value, dates.timeZone)];
    return a !== null && b !== null ? a === b : sameJSON(candidate.value, v.value);
  }
  return sameJSON(candidate, v);
}

/** The almond-tokenizer JSON form of a value as an entity of `type` (the inverse of entityToValue). */
export function valueToEntity(type: string, v: Value): unknown {
  switch (v.type) {
    case 'String':
    case 'Number':
      return v.value;
    case 'Entity':
      return type.startsWith('GENERIC_ENTITY_') ? { value: v.value, display: v.display } : v.value;
    case 'Currency':
      return { value: v.value, unit: v.code };
    case 'Measure':
      return { value: v.value, unit: v.unit };
    case 'Time':
      return v.value.kind === 'absolute' ? { hour: v.value.hour, minute: v.value.minute, second: v.value.second } : null;
    case 'Location':
      return v.value.kind === 'absolute' ? { latitude: v.value.lat, longitude: v.value.lon, display: v.value.display } : null;
    case 'Date': {
      const base = v.value;
      if (base.kind === 'instant') return base.iso;
      if (base.kind !== 'absolute') return null;
      return { year: base.year, month: base.month, day: base.day, hour: base.hour, minute: base.minute, second: base.second };
    }
    default:
      return null;
  }
}
