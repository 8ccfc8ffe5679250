import { fromNN, parse, type Input } from '@parley/thingtalk';
import type { AlmondParsedInput } from '@parley/protocol-types';
import { errorMessage } from '../core/errorMessage.js';
import { isJsonObject } from '../core/json.js';
import type { AlmondCandidate, AlmondStepContext } from './almondStepContext.js';
import type { AlmondIntent } from './almondIntent.js';
import { intentOfInput } from './intentOfInput.js';
import type { AlmondState } from './state.js';
import { userToday } from './userClock.js';

/** What an input means, and the text command to remember for `special:train` (null for buttons and code). */
export interface Interpretation {
  readonly intent: AlmondIntent;
  readonly command: { readonly utterance: string; readonly candidates: readonly AlmondCandidate[] } | null;
}

/** Parses and type-checks; errors become a failed intent carrying the message. */
function safely(read: () => Input, ctx: AlmondStepContext, confident: boolean): AlmondIntent {
  try {
    return intentOfInput(read(), ctx.classes, confident);
  } catch (error) {
    return { type: 'failed', error: errorMessage(error) };
  }
}

export function candidateInput(candidate: Pick<AlmondCandidate, 'code' | 'entities'>, ctx: AlmondStepContext): () => Input {
  const code = candidate.code;
  return typeof code === 'string' ? () => parse(code) : () => fromNN(code, candidate.entities ?? {}, { today: userToday(ctx) });
}

/** The intent of a candidate, or null when it does not parse or type-check (the NLP server's filter). */
export function candidateIntent(candidate: AlmondCandidate, ctx: AlmondStepContext, confident: boolean): AlmondIntent | null {
  const intent = safely(candidateInput(candidate, ctx), ctx, confident);
  return intent.type === 'failed' ? null : intent;
}

/** `tt:root.special.yes` → `yes` (the seed's old specials; DA before ceb8269). */
function legacySpecial(special: unknown): string | null {
  const id = isJsonObject(special) ? special['id'] : special;
  if (typeof id !== 'string') return null;
  return id.startsWith('tt:root.special.') ? id.slice('tt:root.special.'.length) : null;
}

/** The old `{"answer":{"type":"Choice","value":N}}` (also Number and String answers). */
function legacyAnswer(answer: unknown): AlmondIntent | null {
  if (!isJsonObject(answer)) return null;
  const value = answer['value'];
  if (answer['type'] === 'Choice' && typeof value === 'number' && Number.isInteger(value)) return { type: 'choice', index: value };
  if (answer['type'] === 'Number' && typeof value === 'number') return { type: 'answer', value: { type: 'Number', value } };
  if (answer['type'] === 'String' && typeof value === 'string') return { type: 'answer', value: { type: 'String', value } };
  return null;
}

function parsedIntent(json: unknown, ctx: AlmondStepContext): AlmondIntent {
  if (typeof json === 'string') {
    try {
      return parsedIntent(JSON.parse(json), ctx);
    } catch (error) {
      return { type: 'failed', error: errorMessage(error) };
    }
  }
  if (!isJsonObject(json)) return { type: 'failed', error: null };
  if ('special' in json) {
    const name = legacySpecial(json['special']);
    return name === null || name === 'failed' ? { type: 'failed', error: null } : { type: 'special', name };
  }
  if ('answer' in json) return legacyAnswer(json['answer']) ?? { type: 'failed', error: null };
  const code = json['code'];
  if (!Array.isArray(code) || !code.every((token) => typeof token === 'string')) return { type: 'failed', error: null };
  const entities = isJsonObject(json['entities']) ? json['entities'] : {};
  return safely(candidateInput({ code, entities }, ctx), ctx, true);
}

/** Below this calibrated score a reading the NLU is not confident about is not offered. */
const MIN_PLAUSIBLE = 0.1;
/** How many readings "Did you mean any of the following?" offers. */
const MAX_CHOICES = 3;

function isConfident(candidate: AlmondCandidate, state: AlmondState): boolean {
  return candidate.score === 'Infinity' || candidate.confident === true || state.expecting !== null;
}

/**
 * The first candidate that type-checks; when a calibrated NLU is not confident about it and other plausible
 * readings remain, a clarification among them. Implausible unsure readings are dropped.
 */
function textIntent(text: string, state: AlmondState, ctx: AlmondStepContext): Interpretation {
  const candidates = ctx.nlu.parse(text, { expect: state.expecting, choices: state.choices });
  const command = { utterance: text, candidates };
  const readings: { candidate: AlmondCandidate; intent: AlmondIntent }[] = [];
  for (const candidate of candidates) {
    const unsure = candidate.confident === false && !isConfident(candidate, state);
    if (unsure && typeof candidate.score === 'number' && candidate.score < MIN_PLAUSIBLE) continue;
    const intent = candidateIntent(candidate, ctx, isConfident(candidate, state));
    if (intent !== null) readings.push({ candidate, intent });
  }
  const [first] = readings;
  if (first === undefined) return { intent: { type: 'failed', error: null }, command };
  const programs = readings.filter((reading) => reading.intent.type === 'program').slice(0, MAX_CHOICES);
  if (first.candidate.confident === false && first.intent.type === 'program' && !isConfident(first.candidate, state) && programs.length > 1) {
    return { intent: { type: 'clarify', utterance: text, candidates: programs.map((reading) => reading.candidate) }, command };
  }
  return { intent: first.intent, command };
}

/** The JSON of a `parsed` input as the seed writes it (NN code, or the old special/answer forms; or its JSON text). */
type ParsedJson = AlmondParsedInput['json'];

/**
 * Reads a client input (docs/protocols/almond.md "Input Modalities"): a `\r` text is a pre-parsed command (NN tokens or JSON),
 * a `\t` text is ThingTalk; in raw mode (after askSpecial `raw_string` or `password`) any other text is the answer.
 */
export function interpretText(text: string, state: AlmondState, ctx: AlmondStepContext): Interpretation {
  if (text.startsWith('\\r') || text.startsWith('\r')) {
    const rest = text.slice(text.startsWith('\r') ? 1 : 2).trim();
    const json: unknown = rest.startsWith('{') ? rest : { code: rest.split(/\s+/).filter((token) => token !== ''), entities: {} };
    return { intent: parsedIntent(json, ctx), command: null };
  }
  if (text.startsWith('\\t') || text.startsWith('\t')) {
    const code = text.slice(text.startsWith('\t') ? 1 : 2);
    return { intent: safely(() => parse(code), ctx, true), command: null };
  }
  if (state.expecting === 'raw_string' || state.expecting === 'password') {
    return { intent: { type: 'answer', value: { type: 'String', value: text } }, command: null };
  }
  return textIntent(text, state, ctx);
}

export function interpretParsed(json: ParsedJson, ctx: AlmondStepContext): Interpretation {
  return { intent: parsedIntent(json, ctx), command: null };
}

export function interpretThingTalk(code: string, ctx: AlmondStepContext): Interpretation {
  return { intent: safely(() => parse(code), ctx, true), command: null };
}
