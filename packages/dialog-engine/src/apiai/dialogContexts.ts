import type { JsonObject } from '../core/json.js';
import type { DialogIntent } from './agent.js';
import type { ActiveContext } from './state.js';
import type { ContextToSet } from './contextStore.js';

/** The counters context api.ai keeps during slot filling. */
const SYSTEM_COUNTERS_CONTEXT = '__system_counters__';

function intentContextStem(intent: DialogIntent): string {
  return intent.name.toLowerCase().replace(/[^a-z0-9_-]+/g, '_');
}

/** `<intentId>_id_dialog_context`: present while the intent is filling its slots. */
export function idDialogContextName(intentId: string): string {
  return `${intentId}_id_dialog_context`.toLowerCase();
}

/**
 * The contexts api.ai sets while it prompts for `prompted` (docs/protocols/apiai.md §6): the id and name
 * dialog contexts (lifespan 2), the `_dialog_params_<param>` context and `__system_counters__` (lifespan 1),
 * each carrying all parameters with their `.original`.
 */
export function dialogContexts(intent: DialogIntent, prompted: string, parameters: JsonObject, noMatch: number): ContextToSet[] {
  const stem = intentContextStem(intent);
  return [
    { name: idDialogContextName(intent.id), lifespan: 2, parameters },
    { name: `${stem}_dialog_context`, lifespan: 2, parameters },
    { name: `${stem}_dialog_params_${prompted}`, lifespan: 1, parameters },
    { name: SYSTEM_COUNTERS_CONTEXT, lifespan: 1, parameters: { ...parameters, 'no-input': 0, 'no-match': noMatch } },
  ];
}

/** The contexts without any slot-filling context of `intent`. */
export function withoutDialogContexts(contexts: readonly ActiveContext[], intent: DialogIntent): ActiveContext[] {
  const stem = intentContextStem(intent);
  const idName = idDialogContextName(intent.id);
  return contexts.filter(
    (context) =>
      context.name !== idName &&
      context.name !== `${stem}_dialog_context` &&
      !context.name.startsWith(`${stem}_dialog_params_`) &&
      context.name !== SYSTEM_COUNTERS_CONTEXT,
  );
}
