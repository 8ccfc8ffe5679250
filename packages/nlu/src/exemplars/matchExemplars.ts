import type { JsonValue } from '../jsonValue.js';
import { matchAgent, type MatchedParameter } from '../templates/matchAgent.js';
import type { RecognitionContext } from '../system/systemEntityMatch.js';
import type { ExemplarMatcher } from './compileExemplars.js';
import type { Exemplar } from './exemplar.js';
import { BOOLEAN_WORDS, enumValues } from './slotPattern.js';

/** A value read for one placeholder of an exemplar. */
export interface SlotValue {
  /** The placeholder's ThingTalk type, as declared. */
  readonly type: string;
  /**
   * Number → number; Boolean → boolean; Enum → the enum value; Date → `yyyy-MM-dd` or
   * `yyyy-MM-ddTHH:mm:ss±hh:mm`; Time → `HH:mm:ss`; Measure and Currency → `{amount, unit}` /
   * `{amount, currency}` as api.ai writes them; everything else → the user's words.
   */
  readonly value: JsonValue;
  readonly original: string;
}

/** An exemplar whose utterance covers the whole command, with its slots filled. */
export interface ExemplarMatch {
  readonly exemplar: Exemplar;
  /** 1 for a match on words and typed values alone; lower when free text (`String`) takes words. */
  readonly score: number;
  readonly slots: Readonly<Record<string, SlotValue>>;
}

export interface ExemplarMatchOptions extends RecognitionContext {
  /** Keep at most this many matches. Default 10. */
  readonly limit?: number;
}

function typedValue(type: string, parameter: MatchedParameter): JsonValue {
  const value = parameter.value;
  const values = enumValues(type);
  if (values !== undefined && typeof value === 'string') {
    return values.find((candidate) => candidate.replace(/_/g, ' ').toLowerCase() === value) ?? value;
  }
  if (type === 'Boolean' && typeof value === 'string') return BOOLEAN_WORDS[value] ?? value;
  return value;
}

/** Matches a command against compiled exemplars, best first. Pass `now`/`timeZone` for dates and times. */
export function matchExemplars(matcher: ExemplarMatcher, text: string, options: ExemplarMatchOptions = {}): ExemplarMatch[] {
  return matchAgent(matcher.agent, text, options).flatMap((match) => {
    const exemplar = matcher.exemplars.get(match.intent.name);
    if (exemplar === undefined) return [];
    const slots: Record<string, SlotValue> = {};
    for (const [name, parameter] of Object.entries(match.parameters)) {
      const type = exemplar.args[name] ?? 'String';
      const original = Array.isArray(parameter.original) ? parameter.original.join(' ') : String(parameter.original);
      slots[name] = { type, value: typedValue(type, parameter), original };
    }
    return [{ exemplar, score: match.score, slots }];
  });
}
