// Canonical intents → the dialog engine's view of them: the first response flattened onto the intent.
import type { DialogAgent, DialogIntent, ResponseMessage } from '@parley/dialog-engine';
import type { Intent } from '../agent/model.js';

function toDialogIntent(intent: Intent): DialogIntent {
  const response = intent.responses[0];
  return {
    id: intent.id,
    name: intent.name,
    contexts: intent.contexts,
    events: intent.events.map((event) => event.name),
    priority: intent.priority,
    fallbackIntent: intent.fallbackIntent,
    webhookUsed: intent.webhookUsed,
    webhookForSlotFilling: intent.webhookForSlotFilling,
    action: response?.action ?? '',
    resetContexts: response?.resetContexts ?? false,
    affectedContexts: (response?.affectedContexts ?? []).map((context) => ({
      name: context.name,
      lifespan: context.lifespan,
      parameters: context.parameters,
    })),
    parameters: (response?.parameters ?? []).map((parameter) => ({
      name: parameter.name,
      value: parameter.value,
      dataType: parameter.dataType,
      isList: parameter.isList,
      required: parameter.required,
      defaultValue: parameter.defaultValue,
      prompts: parameter.prompts,
    })),
    // Messages are JSON read from clients or zips, so they are JSON values.
    messages: (response?.messages ?? []) as unknown as ResponseMessage[],
  };
}

export const toDialogAgent = (intents: readonly Intent[]): DialogAgent => ({ intents: intents.map(toDialogIntent) });

