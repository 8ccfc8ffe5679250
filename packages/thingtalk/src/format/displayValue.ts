// Runtime values as the English text the formatter interpolates (en-US, as the reference's FormatUtils).
import { isNullValue, isCurrency, isEntity, isLocation, isTime, type RuntimeValue } from '../runtime/values.js';
import { fromBaseUnit, baseUnitOf } from '../runtime/units.js';
import { cleanName } from '../describe/cleanName.js';

export interface DisplayOptions {
  /** IANA time zone for dates and times (default: the host's). */
  readonly timeZone?: string;
}

function zone(options: DisplayOptions): { timeZone?: string } {
  return options.timeZone === undefined ? {} : { timeZone: options.timeZone };
}

/** "5/24/2018, 11:04:00 AM" */
function dateAndTimeToString(date: Date, options: DisplayOptions = {}): string {
  return date.toLocaleString('en-US', zone(options));
}

/** "Thursday, May 24, 2018" */
function dateToString(date: Date, options: DisplayOptions = {}): string {
  return date.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', ...zone(options) });
}

/** "11:04:00 AM PDT" */
function timeToString(date: Date, options: DisplayOptions = {}): string {
  return date.toLocaleTimeString('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
    ...zone(options),
  });
}

/** "8:30 AM" (seconds only when not zero). */
export function timeOfDayToString(hour: number, minute: number, second: number): string {
  const suffix = hour < 12 ? 'AM' : 'PM';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const seconds = second === 0 ? '' : `:${String(second).padStart(2, '0')}`;
  return `${twelve}:${String(minute).padStart(2, '0')}${seconds} ${suffix}`;
}

function locationToString(latitude: number, longitude: number, display: string | null | undefined): string {
  if (display) return display;
  const format = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
  return `[Latitude: ${format(latitude)} deg, Longitude: ${format(longitude)} deg]`;
}

function numberToString(value: number): string {
  return Math.floor(value) === value ? value.toFixed(0) : value.toFixed(2);
}

export function currencyToString(value: number, code: string): string {
  try {
    return value.toLocaleString('en-US', { style: 'currency', currency: code.toUpperCase() });
  } catch {
    return `${value.toFixed(2)} ${code.toUpperCase()}`;
  }
}

/**
 * A value as text; `option` is the `${param:option}` of a format string: `time`, `date`, `iso-date`,
 * `lat`, `lon`, `enum`, `%`, or a unit to convert a measure to (`${temperature:F}`).
 */
export function displayValue(value: RuntimeValue | undefined, option: string | null = null, options: DisplayOptions = {}): string {
  if (value === undefined || value === null) return 'N/A';
  if (Array.isArray(value)) return value.map((item: RuntimeValue) => displayValue(item, option, options)).join(', ');
  if (value instanceof Date) {
    if (isNullValue(value)) return 'N/A';
    if (option === 'iso-date') return value.toISOString();
    if (option === 'time') return timeToString(value, options);
    if (option === 'date') return dateToString(value, options);
    return dateAndTimeToString(value, options);
  }
  if (isLocation(value)) {
    if (option === 'lat') return String(value.latitude);
    if (option === 'lon') return String(value.longitude);
    return locationToString(value.latitude, value.longitude, value.display);
  }
  if (option === 'enum') return cleanName(String(isEntity(value) ? value.value : value));
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'N/A';
    if (option === '%') return numberToString(value * 100);
    if (option !== null && baseUnitOf(option) !== undefined) {
      const converted = Math.round(fromBaseUnit(value, option) * 10) / 10;
      return `${converted.toLocaleString('en-US')} ${option}`;
    }
    return numberToString(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (isCurrency(value)) return currencyToString(value.value, value.code);
  if (isTime(value)) return timeOfDayToString(value.hour, value.minute, value.second);
  if (isEntity(value)) return value.display ?? value.value;
  return 'N/A';
}
