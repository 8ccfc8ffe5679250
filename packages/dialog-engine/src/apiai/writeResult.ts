import type { JsonObject } from '../core/json.js';
import { pickVariant } from '../core/pickVariant.js';
import type { DialogIntent } from './agent.js';
import { buildFulfillment, promptFulfillment, type Fulfillment } from './buildFulfillment.js';
import type { ApiaiDialogConfig } from './config.js';
import { decrementContexts, setContexts } from './contextStore.js';
import { dialogContexts, withoutDialogContexts } from './dialogContexts.js';
import type { QueryOutcome } from './outcome.js';
import type { QueryMetadata, QueryResult } from './queryResult.js';
import { renderResponseText } from './renderResponseText.js';
import { reportContexts } from './reportContexts.js';
import { withOriginals, type ResolvedParameters } from './resolveIntentParameters.js';
import type { ActiveContext, SlotFillingState } from './state.js';

interface WrittenResult {
  readonly contexts: ActiveContext[];
  readonly slotFilling: SlotFillingState | null;
  readonly result: QueryResult;
}

interface WriteOptions {
  readonly resolvedQuery: string;
  /** Contexts active while the query was matched (before the decrement), without those of an abandoned slot filling. */
  readonly contexts: readonly ActiveContext[];
  readonly config: ApiaiDialogConfig;
  readonly now: number;
  readonly random: () => number;
}

/** The webhook flags say whether a webhook was called; only the webhook round (./webhookRound.ts) sets them. */
function metadataOf(intent: DialogIntent | null): QueryMetadata {
  if (intent === null) return { webhookUsed: false, webhookForSlotFillingUsed: false, isFallbackIntent: false };
  return {
    intentId: intent.id,
    intentName: intent.name,
    webhookUsed: false,
    webhookForSlotFillingUsed: false,
    isFallbackIntent: intent.fallbackIntent === true,
  };
}

interface Applied {
  readonly contexts: ActiveContext[];
  readonly fulfillment: Fulfillment;
  readonly parameters: JsonObject;
  readonly slotFilling: SlotFillingState | null;
}

/** Slot filling goes on: the dialog contexts carry the values so far, and the speech is a prompt. */
function applyPrompt(intent: DialogIntent, slotFilling: SlotFillingState, decremented: ActiveContext[], options: WriteOptions): Applied {
  const contextParameters = withOriginals(slotFilling);
  const toSet = dialogContexts(intent, slotFilling.prompted, contextParameters, slotFilling.noMatch);
  const contexts = setContexts(decremented, toSet, options.now, options.config.defaultLifespan);
  const prompts = (intent.parameters ?? []).find((parameter) => parameter.name === slotFilling.prompted)?.prompts ?? [];
  const prompt = renderResponseText(pickVariant(prompts, options.random) ?? '', contextParameters, [...contexts, ...options.contexts]);
  return { contexts, fulfillment: promptFulfillment(prompt), parameters: slotFilling.parameters, slotFilling };
}

/** The intent answers: its output contexts are set (after `resetContexts`) and its messages written. */
function applyAnswer(intent: DialogIntent, resolved: ResolvedParameters, decremented: ActiveContext[], options: WriteOptions): Applied {
  const contextParameters = withOriginals(resolved);
  const kept = intent.resetContexts === true ? [] : withoutDialogContexts(decremented, intent);
  const output = (intent.affectedContexts ?? []).map((context) => ({
    name: context.name,
    parameters: { ...contextParameters, ...context.parameters },
    ...(context.lifespan === undefined ? {} : { lifespan: context.lifespan }),
  }));
  const contexts = setContexts(kept, output, options.now, options.config.defaultLifespan);
  const fulfillment = buildFulfillment(intent.messages ?? [], options.random, (text) =>
    renderResponseText(text, contextParameters, [...contexts, ...options.contexts]),
  );
  return { contexts, fulfillment, parameters: resolved.parameters, slotFilling: null };
}

/**
 * Applies a query's outcome to the contexts, in api.ai's order (docs/protocols/apiai.md §5): every context
 * loses one request, then the intent's output contexts (or the slot-filling contexts) are set at full
 * lifespan. Writes the result, choosing response variants with the injected randomness.
 */
export function writeResult(outcome: QueryOutcome, options: WriteOptions): WrittenResult {
  const decremented = decrementContexts(options.contexts);
  const intent = outcome.intent;
  const applied: Applied =
    outcome.kind === 'prompt'
      ? applyPrompt(outcome.intent, outcome.slotFilling, decremented, options)
      : outcome.intent === null
        ? { contexts: decremented, fulfillment: { speech: '', messages: [] }, parameters: {}, slotFilling: null }
        : applyAnswer(outcome.intent, outcome.resolved, decremented, options);
  const result: QueryResult = {
    source: 'agent',
    resolvedQuery: options.resolvedQuery,
    action: intent === null ? 'input.unknown' : (intent.action ?? ''),
    actionIncomplete: outcome.kind === 'prompt',
    parameters: applied.parameters,
    contexts: reportContexts(applied.contexts),
    metadata: metadataOf(intent),
    fulfillment: applied.fulfillment,
    score: outcome.score,
    ...(outcome.abandoned !== undefined
      ? { abandonedSlotFilling: { intentId: outcome.abandoned.intent.id, intentName: outcome.abandoned.intent.name, reason: outcome.abandoned.reason } }
      : {}),
  };
  return { contexts: applied.contexts, slotFilling: applied.slotFilling, result };
}
