// Follow-up intents on the classifier path: while a follow-up's input contexts are active, the classifier's confidence
// in its parent counts for the follow-up ("book a table", then "yes, book that table for us" answers the follow-up
// "book table - yes", as api.ai did, although the words are closer to the parent's examples).
import type { NluIntent } from './nluAgent.js';

interface IntentChoice {
  intent: NluIntent;
  confidence: number;
}

/** Whether the intent asks for input contexts and all of them are active (names in lower case). */
export const followsActiveContexts = (intent: NluIntent, active: ReadonlySet<string>): boolean =>
  intent.contexts.length > 0 && intent.contexts.every((name) => active.has(name.toLowerCase()));

/** The follow-up's parents: its `parentId`, and the intents whose output contexts it takes as input. */
function isParentOf(parent: NluIntent, followUp: NluIntent): boolean {
  if (parent.id === followUp.id) return false;
  if (followUp.parentId === parent.id) return true;
  const inputs = new Set(followUp.contexts.map((name) => name.toLowerCase()));
  return parent.responses.some((response) => response.affectedContexts.some((context) => context.lifespan > 0 && inputs.has(context.name.toLowerCase())));
}

/**
 * The choices with each parent's confidence moved to its most likely active follow-up (best first). Without an
 * active follow-up the choices are returned as they are.
 */
export function preferActiveFollowUps(choices: readonly IntentChoice[], active: ReadonlySet<string>): IntentChoice[] {
  const followUps = choices.filter(({ intent }) => followsActiveContexts(intent, active));
  if (followUps.length === 0) return [...choices];
  const adjusted = new Map(choices.map((choice) => [choice.intent.id, choice.confidence]));
  for (const parent of choices) {
    const children = followUps.filter(({ intent }) => isParentOf(parent.intent, intent));
    const heir = children.reduce<IntentChoice | undefined>((best, child) => (best === undefined || child.confidence > best.confidence ? child : best), undefined);
    if (heir === undefined) continue;
    adjusted.set(heir.intent.id, (adjusted.get(heir.intent.id) ?? 0) + (adjusted.get(parent.intent.id) ?? 0));
    adjusted.set(parent.intent.id, 0);
  }
  return choices
    .map(({ intent }) => ({ intent, confidence: adjusted.get(intent.id) ?? 0 }))
    .sort((a, b) => b.confidence - a.confidence);
}
