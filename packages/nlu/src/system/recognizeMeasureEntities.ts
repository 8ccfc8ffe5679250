import type { JsonValue } from '../jsonValue.js';
import { cultureOf } from './cultureOf.js';
import { dimensionEntity } from './dimensionEntity.js';
import { recognizersSuite, type RecognizersSuite } from './recognizersSuite.js';
import type { SystemEntityMatch, SystemEntityName } from './systemEntityMatch.js';

/** What a recogniser reports for one mention. */
interface Recognized {
  /** The characters of the query the mention covers. */
  readonly original: string;
  readonly start: number;
  readonly end: number;
  readonly resolution: Record<string, unknown>;
}

// The recognizers may leave `resolution` null: such a mention has no value.
const text = (resolution: Record<string, unknown> | null | undefined, key: string): string | undefined => {
  const value = resolution?.[key];
  return typeof value === 'string' ? value : undefined;
};

const number = (resolution: Record<string, unknown> | null | undefined): number | undefined => {
  const value = Number(text(resolution, 'value'));
  return text(resolution, 'value') === undefined || !Number.isFinite(value) ? undefined : value;
};

/** Currencies the recognizers name without an ISO code, read in the English-speaking default. */
const CURRENCY_BY_NAME: Readonly<Record<string, string>> = { Dollar: 'USD', Cent: 'USD', Pound: 'GBP', Euro: 'EUR' };

const AGE_UNITS: Readonly<Record<string, string>> = { Year: 'year', Month: 'mo', Week: 'wk', Day: 'day' };

/** The recognizers report lower-cased text; `.original` is the user's own characters. */
function match(entity: SystemEntityName, found: Recognized, value: JsonValue): SystemEntityMatch {
  return { entity, start: found.start, end: found.end + 1, text: found.original, value };
}

/** Adds the original characters to what a recogniser found. */
function withOriginal(query: string, found: readonly { start: number; end: number; resolution: Record<string, unknown> }[]): Recognized[] {
  return found.map((item) => ({ ...item, original: query.slice(item.start, item.end + 1) }));
}

/** How each measured or sequence entity is read from the recognizers' output. */
const READERS: Readonly<Partial<Record<SystemEntityName, (query: string, culture: string, suite: RecognizersSuite) => SystemEntityMatch[]>>> = {
  number: (query, culture, suite) => withOriginal(query, suite.recognizeNumber(query, culture)).flatMap((found) => {
    const value = number(found.resolution);
    return value === undefined ? [] : [match('number', found, value)];
  }),
  'number-integer': (query, culture, suite) => withOriginal(query, suite.recognizeNumber(query, culture)).flatMap((found) => {
    const value = number(found.resolution);
    return value === undefined || !Number.isInteger(value) ? [] : [match('number-integer', found, value)];
  }),
  // Relative ordinals ("next", "last") resolve to 0 or below; they are not positions.
  ordinal: (query, culture, suite) => withOriginal(query, suite.recognizeOrdinal(query, culture)).flatMap((found) => {
    const value = number(found.resolution);
    return value === undefined || value < 1 ? [] : [match('ordinal', found, value)];
  }),
  // api.ai writes percentages with the sign: "40 percent" → "40%".
  percentage: (query, culture, suite) => withOriginal(query, suite.recognizePercentage(query, culture)).flatMap((found) => {
    const value = text(found.resolution, 'value');
    return value === undefined ? [] : [match('percentage', found, value)];
  }),
  age: (query, culture, suite) => withOriginal(query, suite.recognizeAge(query, culture)).flatMap((found) => {
    const amount = number(found.resolution);
    const unit = AGE_UNITS[text(found.resolution, 'unit') ?? ''];
    return amount === undefined || unit === undefined ? [] : [match('age', found, { amount, unit })];
  }),
  temperature: (query, culture, suite) => withOriginal(query, suite.recognizeTemperature(query, culture)).flatMap((found) => {
    const amount = number(found.resolution);
    const unit = text(found.resolution, 'unit');
    return amount === undefined || unit === undefined ? [] : [match('temperature', found, { amount, unit })];
  }),
  'unit-currency': (query, culture, suite) => withOriginal(query, suite.recognizeCurrency(query, culture)).flatMap((found) => {
    const amount = number(found.resolution);
    const currency = text(found.resolution, 'isoCurrency') ?? CURRENCY_BY_NAME[text(found.resolution, 'unit') ?? ''];
    return amount === undefined || currency === undefined ? [] : [match('unit-currency', found, { amount, currency })];
  }),
  'phone-number': (query, culture, suite) => withOriginal(query, suite.recognizePhoneNumber(query, culture)).map((found) =>
    match('phone-number', found, found.original.replace(/\D/g, ''))),
  email: (query, culture, suite) => withOriginal(query, suite.recognizeEmail(query, culture)).map((found) => match('email', found, found.original)),
  url: (query, culture, suite) => withOriginal(query, suite.recognizeURL(query, culture)).map((found) => match('url', found, found.original)),
};

const DIMENSIONS: readonly SystemEntityName[] = [
  'unit-length', 'unit-weight', 'unit-volume', 'unit-area', 'unit-speed', 'unit-information',
];

/** Entities read by {@link recognizeMeasureEntities}. */
export const MEASURE_ENTITIES: readonly SystemEntityName[] = [
  ...(Object.keys(READERS) as SystemEntityName[]), ...DIMENSIONS,
];

/** Numbers, measures, currencies, phone numbers, e-mail addresses and URLs of the requested kinds. */
export function recognizeMeasureEntities(
  query: string, entities: ReadonlySet<SystemEntityName>, lang: string | undefined,
): SystemEntityMatch[] {
  const suite = recognizersSuite();
  const culture = cultureOf(lang);
  const matches: SystemEntityMatch[] = [];
  for (const [entity, read] of Object.entries(READERS)) {
    if (entities.has(entity as SystemEntityName)) matches.push(...read(query, culture, suite));
  }
  if (DIMENSIONS.some((entity) => entities.has(entity))) {
    for (const found of withOriginal(query, suite.recognizeDimension(query, culture))) {
      const amount = number(found.resolution);
      const read = amount === undefined ? undefined : dimensionEntity(amount, text(found.resolution, 'unit') ?? '');
      if (read !== undefined && entities.has(read.entity)) matches.push(match(read.entity, found, read.value));
    }
  }
  return matches;
}
