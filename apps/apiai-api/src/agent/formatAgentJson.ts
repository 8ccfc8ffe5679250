import type { Entity, Intent, IntentResponse } from '@parley/apiai-agent/model';
// Canonical entities and intents → the JSON served by /v1/entities and /v1/intents (docs/protocols/apiai.md examples;
// docs/protocols/apiai.md §2, §7). `templates` are derived from the template user says; responses repeat their text
// messages as `speech` for clients of the 2015 format.
import type { ApiaiEntity, ApiaiEntitySummary, ApiaiIntent, ApiaiIntentSummary } from '@parley/protocol-types';

export const entityJson = (entity: Entity): ApiaiEntity => ({
  id: entity.id,
  name: entity.name,
  entries: entity.entries,
  isOverridable: entity.isOverridable,
  isEnum: entity.isEnum,
  automatedExpansion: entity.automatedExpansion,
});

/** `{id, name, count, preview}`; preview e.g. "Coffee Maker <= (coffee maker, coffee machine, coffee), ...". */
export function entitySummaryJson(entity: Entity): ApiaiEntitySummary {
  const first = entity.entries[0];
  const count = entity.entries.reduce((total, entry) => total + entry.synonyms.length, 0);
  const preview =
    first === undefined
      ? ''
      : `${first.value} <= (${first.synonyms.join(', ')})${entity.entries.length > 1 ? ', ...' : ''}`;
  return { id: entity.id, name: entity.name, count, preview };
}

const textSpeech = (response: IntentResponse): string[] =>
  response.messages.flatMap((message) =>
    message.type === 0 && message.speech !== undefined
      ? Array.isArray(message.speech)
        ? message.speech
        : [message.speech]
      : [],
  );

export const intentJson = (intent: Intent): ApiaiIntent => ({
  id: intent.id,
  name: intent.name,
  auto: intent.auto,
  contexts: intent.contexts,
  templates: intent.userSays.filter((says) => says.isTemplate).map((says) => says.data.map((part) => part.text).join('')),
  userSays: intent.userSays,
  responses: intent.responses.map((response) => ({ ...response, speech: textSpeech(response) })),
  priority: intent.priority,
  webhookUsed: intent.webhookUsed,
  webhookForSlotFilling: intent.webhookForSlotFilling,
  fallbackIntent: intent.fallbackIntent,
  events: intent.events,
  ...(intent.parentId === undefined ? {} : { parentId: intent.parentId }),
  ...(intent.rootParentId === undefined ? {} : { rootParentId: intent.rootParentId }),
});

/** The list form `{id, name, contextIn, contextOut, actions, parameters, priority, fallbackIntent}`. */
export const intentSummaryJson = (intent: Intent): ApiaiIntentSummary => ({
  id: intent.id,
  name: intent.name,
  contextIn: intent.contexts,
  contextOut: intent.responses.flatMap((response) =>
    response.affectedContexts.map((context) => ({ name: context.name, lifespan: context.lifespan })),
  ),
  actions: [...new Set(intent.responses.map((response) => response.action).filter((action) => action !== ''))],
  parameters: intent.responses.flatMap((response) => response.parameters),
  priority: intent.priority,
  fallbackIntent: intent.fallbackIntent,
});
