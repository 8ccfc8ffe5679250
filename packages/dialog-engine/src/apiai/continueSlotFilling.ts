import type { JsonObject } from '../core/json.js';
import type { DialogIntent, IntentParameter } from './agent.js';
import { interpretText, type QueryTurn } from './interpretQuery.js';
import type { AbandonReason } from './queryResult.js';
import type { QueryOutcome } from './outcome.js';
import { missingRequiredParameters, resolveIntentParameters } from './resolveIntentParameters.js';
import { isEmptyValue } from './resolveReference.js';
import type { SlotFillingState } from './state.js';
import { withoutDialogContexts } from './dialogContexts.js';

function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

function isCancel(query: string, cancelWords: readonly string[]): boolean {
  const answer = normaliseAnswer(query);
  return cancelWords.some((word) => normaliseAnswer(word) === answer);
}

interface Filled {
  readonly parameters: JsonObject;
  readonly originals: Record<string, string>;
  readonly changed: boolean;
}

/** Values of the slot-filling intent found in the answer: a full re-match of the intent, then the prompted slot alone. */
function fillFromAnswer(turn: QueryTurn, intent: DialogIntent, slot: SlotFillingState, query: string): Filled {
  const parameters: JsonObject = { ...slot.parameters };
  const originals: Record<string, string> = { ...slot.originals };
  let changed = false;
  const candidates = turn.nlu.match(query, { contexts: turn.contexts.map((context) => context.name), sessionEntities: turn.sessionEntities });
  const sameIntent = candidates.find((candidate) => candidate.intentId === intent.id && candidate.score >= turn.config.minScore);
  if (sameIntent !== undefined) {
    const resolved = resolveIntentParameters(intent, { extracted: sameIntent.parameters, contexts: turn.contexts });
    for (const [name, value] of Object.entries(resolved.parameters)) {
      if (!isEmptyValue(parameters[name]) || isEmptyValue(value)) continue;
      parameters[name] = value;
      originals[name] = resolved.originals[name] ?? '';
      changed = true;
    }
  }
  const prompted: IntentParameter | undefined = (intent.parameters ?? []).find((parameter) => parameter.name === slot.prompted);
  if (prompted !== undefined && isEmptyValue(parameters[prompted.name])) {
    const isList = prompted.isList === true;
    const extracted = turn.nlu.extractParameter(query, { dataType: prompted.dataType ?? '@sys.any', isList, sessionEntities: turn.sessionEntities });
    if (extracted !== null && !isEmptyValue(extracted.value)) {
      parameters[prompted.name] = isList && !Array.isArray(extracted.value) ? [extracted.value] : extracted.value;
      originals[prompted.name] = extracted.original;
      changed = true;
    }
  }
  return { parameters, originals, changed };
}

function abandon(turn: QueryTurn, intent: DialogIntent, query: string, reason: AbandonReason): QueryOutcome {
  const outcome = interpretText({ ...turn, contexts: withoutDialogContexts(turn.contexts, intent) }, query);
  return { ...outcome, abandoned: { intent, reason } };
}

/**
 * An answer while `intent` fills its slots (docs/protocols/apiai.md §6): a cancel word, or more than
 * `maxReprompts` answers in a row that fill nothing, abandon slot filling and the answer is interpreted as a
 * fresh query; otherwise the next missing parameter is prompted for, or the intent is answered.
 */
export function continueSlotFilling(turn: QueryTurn, intent: DialogIntent, slot: SlotFillingState, query: string): QueryOutcome {
  if (isCancel(query, turn.config.cancelWords)) return abandon(turn, intent, query, 'cancel');
  const filled = fillFromAnswer(turn, intent, slot, query);
  if (!filled.changed) {
    const noMatch = slot.noMatch + 1;
    if (noMatch > turn.config.maxReprompts) return abandon(turn, intent, query, 'reprompt_limit');
    return { kind: 'prompt', intent, score: 1, slotFilling: { ...slot, noMatch } };
  }
  const missing = missingRequiredParameters(intent, filled.parameters)[0];
  if (missing === undefined) {
    return { kind: 'answer', intent, score: 1, resolved: { parameters: filled.parameters, originals: filled.originals } };
  }
  return {
    kind: 'prompt',
    intent,
    score: 1,
    slotFilling: { intentId: intent.id, parameters: filled.parameters, originals: filled.originals, prompted: missing.name, noMatch: 0 },
  };
}
