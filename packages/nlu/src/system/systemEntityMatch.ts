import type { JsonValue } from '../jsonValue.js';

/** The api.ai system entities this package recognises in text (`@sys.<name>`). */
export const RECOGNIZED_SYSTEM_ENTITIES = [
  'number', 'number-integer', 'ordinal', 'percentage',
  'date', 'date-time', 'date-period', 'time', 'time-period', 'duration',
  'age', 'temperature', 'unit-currency', 'unit-length', 'unit-weight', 'unit-volume', 'unit-area', 'unit-speed',
  'unit-information',
  'phone-number', 'email', 'url',
  'color', 'given-name',
  'on-off', 'lock-unlock', 'next-previous', 'play-pause', 'start-stop',
] as const;

/** Name of a recognised system entity, without the `sys.` prefix. */
export type SystemEntityName = (typeof RECOGNIZED_SYSTEM_ENTITIES)[number];

/** One system entity found in a text. */
export interface SystemEntityMatch {
  readonly entity: SystemEntityName;
  /** Offset of the first character in the text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The characters of the text that were read (api.ai `<param>.original`). */
  readonly text: string;
  /** The value in the api.ai format (docs/protocols/apiai.md §4). */
  readonly value: JsonValue;
}

/** Inputs that make recognition deterministic: nothing is read from the host. */
export interface RecognitionContext {
  /**
   * Reference time (an instant) for relative dates such as "tomorrow". Without it, dates, times and durations
   * are not looked for (their values would depend on a clock the caller did not give).
   */
  readonly now?: Date | number | string;
  /** Time zone of the user: an IANA name, "GMT+6", "+0100" or "UTC" (default). */
  readonly timeZone?: string;
  /** Language tag ("en", "en-US", "fr"...). Default "en". */
  readonly lang?: string;
}

export function isSystemEntityName(name: string): name is SystemEntityName {
  return (RECOGNIZED_SYSTEM_ENTITIES as readonly string[]).includes(name);
}
