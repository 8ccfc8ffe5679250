import { DEFAULT_PRIORITY, type DialogAgent, type DialogIntent } from './agent.js';
import { contextKey } from './contextStore.js';
import type { IntentCandidate } from './ports.js';

interface RankedCandidate {
  readonly intent: DialogIntent;
  readonly candidate: IntentCandidate;
}

function inputContextsActive(intent: DialogIntent, active: ReadonlySet<string>): boolean {
  return (intent.contexts ?? []).every((name) => active.has(contextKey(name)));
}

function inputContextCount(intent: DialogIntent): number {
  return intent.contexts?.length ?? 0;
}

/**
 * The NLU candidates that may answer: known, not a fallback intent, priority not negative, every input
 * context active, score at least `minScore`. Best first: score, then more input contexts, then priority.
 */
export function rankIntents(
  candidates: readonly IntentCandidate[],
  agent: DialogAgent,
  active: ReadonlySet<string>,
  minScore: number,
): RankedCandidate[] {
  const ranked: RankedCandidate[] = [];
  for (const candidate of candidates) {
    const intent = agent.intents.find((known) => known.id === candidate.intentId);
    if (intent === undefined || intent.fallbackIntent === true) continue;
    if ((intent.priority ?? DEFAULT_PRIORITY) < 0 || !inputContextsActive(intent, active)) continue;
    if (!Number.isFinite(candidate.score) || candidate.score < minScore) continue;
    ranked.push({ intent, candidate });
  }
  return ranked.sort(
    (a, b) =>
      b.candidate.score - a.candidate.score ||
      inputContextCount(b.intent) - inputContextCount(a.intent) ||
      (b.intent.priority ?? DEFAULT_PRIORITY) - (a.intent.priority ?? DEFAULT_PRIORITY),
  );
}

/** Among intents passing `accept` with their input contexts active, the one with most input contexts. */
function mostSpecific(agent: DialogAgent, active: ReadonlySet<string>, accept: (intent: DialogIntent) => boolean): DialogIntent | undefined {
  return agent.intents
    .filter((intent) => accept(intent) && inputContextsActive(intent, active))
    .reduce<DialogIntent | undefined>((best, intent) => (best === undefined || inputContextCount(intent) > inputContextCount(best) ? intent : best), undefined);
}

/** The fallback intent for the active contexts (a context-specific fallback beats the default one). */
export function chooseFallbackIntent(agent: DialogAgent, active: ReadonlySet<string>): DialogIntent | undefined {
  return mostSpecific(agent, active, (intent) => intent.fallbackIntent === true);
}

/** The intent triggered by an event name (case-insensitive). */
export function chooseEventIntent(agent: DialogAgent, active: ReadonlySet<string>, eventName: string): DialogIntent | undefined {
  const wanted = eventName.toLowerCase();
  return mostSpecific(agent, active, (intent) =>
    (intent.events ?? []).some((event) => (typeof event === 'string' ? event : event.name).toLowerCase() === wanted),
  );
}
