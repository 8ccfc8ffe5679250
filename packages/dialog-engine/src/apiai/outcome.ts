import type { DialogIntent } from './agent.js';
import type { AbandonReason } from './queryResult.js';
import type { ResolvedParameters } from './resolveIntentParameters.js';
import type { SlotFillingState } from './state.js';

/** What a query turned out to be, before contexts are updated and the result is written. */
export type QueryOutcome =
  | {
      readonly kind: 'answer';
      /** `null`: nothing matched and the agent has no fallback intent. */
      readonly intent: DialogIntent | null;
      readonly resolved: ResolvedParameters;
      readonly score: number;
      readonly abandoned?: AbandonedSlotFilling;
    }
  | {
      readonly kind: 'prompt';
      readonly intent: DialogIntent;
      readonly slotFilling: SlotFillingState;
      readonly score: number;
      readonly abandoned?: AbandonedSlotFilling;
    };

/** Slot filling of `intent` ended by this query before it was interpreted afresh. */
interface AbandonedSlotFilling {
  readonly intent: DialogIntent;
  readonly reason: AbandonReason;
}
