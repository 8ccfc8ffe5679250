import type { JsonObject, JsonValue } from '../core/json.js';

/** An output context of an intent (`responses[0].affectedContexts[]`). Lifespan 0 removes the context. */
export interface AffectedContext {
  readonly name: string;
  readonly lifespan?: number;
  readonly parameters?: JsonObject;
}

/** An intent parameter (`responses[0].parameters[]`). */
export interface IntentParameter {
  readonly name: string;
  /** `$alias`, `$alias.original`, `#context.param`, `#event.param` or a literal. */
  readonly value?: string;
  readonly dataType?: string;
  readonly isList?: boolean;
  readonly required?: boolean;
  /** Used when `value` resolves to nothing; may itself be `#context.param`. */
  readonly defaultValue?: string;
  /** Slot-filling prompts; one is chosen at random for each prompt. */
  readonly prompts?: readonly string[];
}

/** A response message as api.ai stores it: `{type: 0, speech: "…" | ["…"]}` for text, other types passed through. */
export type ResponseMessage = { readonly [key: string]: JsonValue };

/**
 * An intent as the dialog needs it: the api.ai intent JSON flattened to its first response.
 * The app maps every agent-zip generation onto this.
 */
export interface DialogIntent {
  readonly id: string;
  readonly name: string;
  /** Input contexts: all must be active for the intent to match. */
  readonly contexts?: readonly string[];
  /** Events that trigger the intent: `[{name}]` as api.ai writes them, or plain names. */
  readonly events?: readonly (string | { readonly name: string })[];
  /** 500000 by default; a negative priority never matches. */
  readonly priority?: number;
  readonly fallbackIntent?: boolean;
  readonly action?: string;
  /** Clear every context of the session when this intent matches. */
  readonly resetContexts?: boolean;
  readonly affectedContexts?: readonly AffectedContext[];
  readonly parameters?: readonly IntentParameter[];
  readonly messages?: readonly ResponseMessage[];
  readonly webhookUsed?: boolean;
  readonly webhookForSlotFilling?: boolean;
}

export interface DialogAgent {
  readonly intents: readonly DialogIntent[];
  /** The agent has a fulfillment webhook: intents that use it make the reducer ask for a `call_webhook` effect. */
  readonly hasWebhook?: boolean;
}

export const DEFAULT_PRIORITY = 500000;
