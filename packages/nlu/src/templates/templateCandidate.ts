import type { JsonValue } from '../jsonValue.js';
import type { IntentDefinition } from './compileAgent.js';
import type { TemplateMatch } from './matchAgent.js';

/** A template match flattened to plain values, the shape the ranking (`rankCandidates`, `resolveIntent`) takes. */
export interface FlatTemplateMatch {
  /** The intent's name. */
  readonly intent: string;
  readonly score: number;
  /** api.ai `$alias` values. */
  readonly parameters: Readonly<Record<string, JsonValue>>;
  /** api.ai `$alias.original` texts. */
  readonly originals: Readonly<Record<string, JsonValue>>;
}

/** Flattens a {@link TemplateMatch} into intent name, score, values and originals. */
export function flattenTemplateMatch(match: TemplateMatch<IntentDefinition>): FlatTemplateMatch {
  const parameters: Record<string, JsonValue> = {};
  const originals: Record<string, JsonValue> = {};
  for (const [alias, parameter] of Object.entries(match.parameters)) {
    parameters[alias] = parameter.value;
    originals[alias] = parameter.original;
  }
  return { intent: match.intent.name, score: match.score, parameters, originals };
}
