import {
  editDistance, matchExemplars, normalize, recognizeSystemEntities, type ExemplarMatch, type ExemplarMatcher, type SystemEntityMatch,
} from '@parley/nlu';
import { parseProgram, print, type Value } from '@parley/thingtalk';
import type { AlmondCandidate, AlmondNlu, AlmondNluOptions } from './almondStepContext.js';
import { exemplarValue } from './exemplarValue.js';
import { substituteVarRefs } from './substituteVarRefs.js';

export interface ExemplarAlmondNluOptions {
  /**
   * Exemplars compiled by `compileExemplars` of `@parley/nlu`; each `program` is a whole ThingTalk program whose
   * placeholders are variables (`now => @com.xkcd.get_comic(number=p_number) => notify;`).
   */
  readonly matcher: ExemplarMatcher;
  /** Reference time (ms) for relative dates: pass the step's `ctx.now`. */
  readonly now?: number;
  readonly timeZone?: string;
  readonly lang?: string;
}

/** Phrases that are dialog control, not commands (the NLP server's bookkeeping). */
const SPECIAL_PHRASES: Readonly<Record<string, string>> = {
  yes: 'yes', yeah: 'yes', yep: 'yes', sure: 'yes', ok: 'yes', okay: 'yes', 'of course': 'yes',
  no: 'no', nope: 'no', 'no way': 'no',
  cancel: 'nevermind', 'never mind': 'nevermind', nevermind: 'nevermind', 'forget it': 'nevermind',
  stop: 'stop', 'shut up': 'stop',
  help: 'help', 'what can you do': 'help',
  debug: 'debug', train: 'train', 'thats wrong': 'train',
  more: 'more', 'show more': 'more', 'show more results': 'more', back: 'back', 'go back': 'back',
  'wake up': 'wakeup', 'hey almond': 'wakeup', 'make a rule': 'makerule',
};

function bookkeeping(code: readonly string[], entities: Record<string, unknown> = {}): AlmondCandidate {
  return { code: ['bookkeeping', ...code], entities, score: 'Infinity' };
}

/** The choice whose title is closest to the text, when at most half of the text had to change. */
function closestChoice(text: string, choices: readonly string[]): number | null {
  let best: number | null = null;
  let bestDistance = Math.floor(text.length / 2) + 1;
  for (const [index, title] of choices.entries()) {
    const target = normalize(title);
    const distance = editDistance(text, target, Math.max(text.length, target.length));
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** A value the whole answer is (a lone number, date, phone number, …) in NN entity form. */
function loneEntity(match: SystemEntityMatch): [placeholder: string, value: unknown] | null {
  const value = match.value;
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  switch (match.entity) {
    case 'number':
    case 'number-integer':
      return typeof value === 'number' ? ['NUMBER_0', value] : null;
    case 'phone-number':
      return ['PHONE_NUMBER_0', value];
    case 'email':
      return ['EMAIL_ADDRESS_0', value];
    case 'url':
      return ['URL_0', value];
    case 'date': {
      const [year, month, day] = String(value).split('-').map(Number);
      return ['DATE_0', { year, month, day, hour: 0, minute: 0, second: 0 }];
    }
    case 'time': {
      const [hour, minute, second] = String(value).split(':').map(Number);
      return ['TIME_0', { hour, minute, second }];
    }
    case 'temperature':
      return typeof fields['unit'] === 'string' ? ['MEASURE_C_0', { value: fields['amount'], unit: fields['unit'] }] : null;
    default:
      return null;
  }
}

/** The exemplar's program with its slots filled, in ThingTalk; null when a value does not fit or it does not parse. */
function exemplarCode(match: ExemplarMatch): string | null {
  const values = new Map<string, Value>();
  for (const [name, slot] of Object.entries(match.slots)) {
    const value = exemplarValue(slot);
    if (value === null) return null;
    values.set(name, value);
  }
  try {
    return print(substituteVarRefs(parseProgram(match.exemplar.program), values));
  } catch {
    return null;
  }
}

type RecognizerContext = { now?: number; timeZone?: string; lang?: string };

export function recognizerContext(options: { readonly now?: number; readonly timeZone?: string; readonly lang?: string }): RecognizerContext {
  return {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  };
}

/**
 * What the NLP server answers before parsing (docs/protocols/almond.md §4.1): an empty text fails; control phrases
 * ("yes", "cancel", "help", …) are bookkeeping; with a choice pending, the closest choice; a lone value is an
 * answer. Null when the text is a command to parse.
 */
export function controlCandidates(text: string, { expect, choices }: AlmondNluOptions, context: RecognizerContext): AlmondCandidate[] | null {
  const plain = normalize(text).replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();
  if (text.trim() === '') return [bookkeeping(['special', 'special:failed'])];
  const special = SPECIAL_PHRASES[plain];
  if (special !== undefined) return [bookkeeping(['special', `special:${special}`])];
  if (expect === 'choice') {
    const index = closestChoice(plain, choices);
    if (index !== null) return [bookkeeping(['choice', String(index)])];
  }
  const quoted = /^"(.*)"$/.exec(text.trim())?.[1];
  if (quoted !== undefined) return [bookkeeping(['answer', 'QUOTED_STRING_0'], { QUOTED_STRING_0: quoted })];
  const trimmed = text.trim();
  const [entity] = recognizeSystemEntities(trimmed, context).filter((match) => match.start === 0 && match.end === trimmed.length);
  const lone = entity === undefined ? null : loneEntity(entity);
  return lone === null ? null : [bookkeeping(['answer', lone[0]], { [lone[0]]: lone[1] })];
}

/** The matching exemplars as candidates, exact matches scored `"Infinity"`. */
export function exemplarCandidates(matcher: ExemplarMatcher, text: string, context: RecognizerContext): AlmondCandidate[] {
  return matchExemplars(matcher, text, { ...context, limit: 5 }).flatMap((match): AlmondCandidate[] => {
    const code = exemplarCode(match);
    return code === null ? [] : [{ code, score: match.score >= 1 ? 'Infinity' : match.score }];
  });
}

/**
 * The `AlmondNlu` port on `@parley/nlu` (what the reference's NLP server does, docs/protocols/almond.md §4.1): control
 * phrases, choices and lone values first (`controlCandidates`), otherwise the matching exemplars.
 */
export function createExemplarAlmondNlu(options: ExemplarAlmondNluOptions): AlmondNlu {
  const context = recognizerContext(options);
  return {
    parse(text, nluOptions) {
      return controlCandidates(text, nluOptions, context) ?? exemplarCandidates(options.matcher, text, context);
    },
  };
}
