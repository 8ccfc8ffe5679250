import { pickVariant } from '../core/pickVariant.js';
import type { DialogIntent } from './agent.js';
import { buildFulfillment, promptFulfillment, type Fulfillment } from './buildFulfillment.js';
import type { ApiaiDialogConfig } from './config.js';
import { decrementContexts, setContexts } from './contextStore.js';
import { dialogContexts, withoutDialogContexts } from './dialogContexts.js';
import type { QueryOutcome } from './outcome.js';
import type { QueryMetadata, QueryResult } from './queryResult.js';
import { renderResponseText } from './renderResponseText.js';
import { withOriginals } from './resolveIntentParameters.js';
import type { ActiveContext, SlotFillingState } from './state.js';

export interface WrittenResult {
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

function metadataOf(intent: DialogIntent | null): QueryMetadata {
  if (intent === null) return { webhookUsed: false, webhookForSlotFillingUsed: false, isFallbackIntent: false };
  return {
    intentId: intent.id,
    intentName: intent.name,
    webhookUsed: intent.webhookUsed === true,
    webhookForSlotFillingUsed: intent.webhookForSlotFilling === true,
    isFallbackIntent: intent.fallbackIntent === true,
  };
}

/**
 * Applies a query's outcome to the contexts, in api.ai's order (reference/apiai.md §5): every context
 * loses one request, then the intent's output contexts (or the slot-filling contexts) are set at full
 * lifespan. Writes the result, choosing response variants with the injected randomness.
 */
export function writeResult(outcome: QueryOutcome, options: WriteOptions): WrittenResult {
  const { config, now, random } = options;
  const decremented = decrementContexts(options.contexts);
  let contexts: ActiveContext[];
  let fulfillment: Fulfillment;
  let slotFilling: SlotFillingState | null = null;
  let parameters;
  if (outcome.kind === 'prompt') {
    slotFilling = outcome.slotFilling;
    parameters = slotFilling.parameters;
    const contextParameters = withOriginals(slotFilling);
    contexts = setContexts(decremented, dialogContexts(outcome.intent, slotFilling.prompted, contextParameters, slotFilling.noMatch), now, config.defaultLifespan);
    const prompts = (outcome.intent.parameters ?? []).find((parameter) => parameter.name === slotFilling?.prompted)?.prompts ?? [];
    const prompt = renderResponseText(pickVariant(prompts, random) ?? '', contextParameters, [...contexts, ...options.contexts]);
    fulfillment = promptFulfillment(prompt);
  } else if (outcome.intent === null) {
    parameters = {};
    contexts = decremented;
    fulfillment = { speech: '', messages: [] };
  } else {
    const { intent } = outcome;
    parameters = outcome.resolved.parameters;
    const contextParameters = withOriginals(outcome.resolved);
    const kept = intent.resetContexts === true ? [] : withoutDialogContexts(decremented, intent);
    const output = (intent.affectedContexts ?? []).map((context) => ({
      name: context.name,
      parameters: { ...contextParameters, ...context.parameters },
      ...(context.lifespan === undefined ? {} : { lifespan: context.lifespan }),
    }));
    contexts = setContexts(kept, output, now, config.defaultLifespan);
    fulfillment = buildFulfillment(intent.messages ?? [], random, (text) =>
      renderResponseText(text, contextParameters, [...contexts, ...options.contexts]),
    );
  }
  const intent = outcome.intent;
  const result: QueryResult = {
    source: 'agent',
    resolvedQuery: options.resolvedQuery,
    action: intent === null ? 'input.unknown' : (intent.action ?? ''),
    actionIncomplete: outcome.kind === 'prompt',
    parameters,
    contexts: contexts.map(({ name, parameters: values, lifespan }) => ({ name, parameters: values, lifespan })),
    metadata: metadataOf(intent),
    fulfillment,
    score: outcome.score,
    ...(outcome.abandoned !== undefined
      ? { abandonedSlotFilling: { intentId: outcome.abandoned.intent.id, intentName: outcome.abandoned.intent.name, reason: outcome.abandoned.reason } }
      : {}),
  };
  return { contexts, slotFilling, result };
}
