import type { PatternPart } from '../templates/pattern.js';
import { tokenize, type TokenizeOptions } from '../text/tokenize.js';

/** The api.ai system entity that reads a value of a ThingTalk measure unit. */
const MEASURE_ENTITIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ms$/, 'duration'],
  [/^(C|F|K)$/, 'temperature'],
  [/^(m|km|mm|cm|ft|in|mi|yd)$/, 'unit-length'],
  [/^(kg|g|lb|oz|mg|t)$/, 'unit-weight'],
  [/^(l|ml|gal|floz|m3|qt|pt)$/, 'unit-volume'],
  [/^(m2|km2|ft2|acre|ha)$/, 'unit-area'],
  [/^(mps|kmph|mph)$/, 'unit-speed'],
  [/^(byte|KB|MB|GB|TB)$/, 'unit-information'],
];

const SIMPLE_TYPES: Readonly<Record<string, string>> = {
  Number: 'number', Time: 'time', Currency: 'unit-currency', PhoneNumber: 'phone-number',
  EmailAddress: 'email', URL: 'url',
};

/** Words accepted for each Boolean value. */
export const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = { true: true, yes: true, on: true, false: false, no: false, off: false };

/** The enum values of an `Enum(a,b,c)` type, or undefined. */
export function enumValues(type: string): string[] | undefined {
  const inner = /^Enum\((.*)\)$/.exec(type)?.[1];
  return inner === undefined ? undefined : inner.split(',').map((value) => value.trim()).filter((value) => value !== '');
}

function option(words: string, options: TokenizeOptions): PatternPart[] {
  return tokenize(words, options).map((token) => ({ kind: 'word', text: token.text }));
}

/** The pattern part that reads a value of ThingTalk type `type` into slot `name`. */
export function slotPattern(name: string, type: string, options: TokenizeOptions): PatternPart {
  const simple = SIMPLE_TYPES[type];
  if (simple !== undefined) return { kind: 'system', name: simple, alias: name };
  if (type === 'Date') {
    return { kind: 'choice', options: [[{ kind: 'system', name: 'date-time', alias: name }], [{ kind: 'system', name: 'date', alias: name }]] };
  }
  const unit = /^Measure\((.+)\)$/.exec(type)?.[1];
  const measure = unit === undefined ? undefined : MEASURE_ENTITIES.find(([units]) => units.test(unit))?.[1];
  if (measure !== undefined) return { kind: 'system', name: measure, alias: name };
  const values = enumValues(type);
  if (values !== undefined) {
    return { kind: 'choice', alias: name, options: values.map((value) => option(value.replace(/_/g, ' '), options)) };
  }
  if (type === 'Boolean') return { kind: 'choice', alias: name, options: Object.keys(BOOLEAN_WORDS).map((word) => option(word, options)) };
  // Strings, entities (usernames, hashtags, Thingpedia entities), locations and unknown types: any words.
  return { kind: 'system', name: 'any', alias: name };
}
