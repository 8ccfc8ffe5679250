import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiParameters } from './context.js';
import { ApiaiResponseMessage } from './responseMessage.js';

// api.ai intents (docs/protocols/apiai.md "intents"; docs/protocols/apiai.md §2 and §7 — later v1 and agent-zip fields included).

const outputContext = Type.Union([
  Type.String({ description: 'A context name (seed form).' }),
  Type.Object({
    name: Type.String(),
    lifespan: Type.Optional(Type.Integer({ minimum: 0 })),
    parameters: Type.Optional(inline(ApiaiParameters)),
  }),
]);

const userSaysChunk = Type.Object({
  text: Type.String(),
  alias: Type.Optional(Type.String()),
  meta: Type.Optional(Type.String({ description: 'The entity, e.g. @city or @sys.date.' })),
  userDefined: Type.Optional(Type.Boolean()),
});

const userSays = Type.Object({
  id: Type.Optional(Type.String()),
  data: Type.Array(userSaysChunk, { description: 'The example split into plain and annotated chunks.' }),
  isTemplate: Type.Optional(Type.Boolean({ description: 'Template examples keep @entity:alias in the text.' })),
  count: Type.Optional(Type.Integer()),
  updated: Type.Optional(Type.Number()),
});

const prompt = Type.Union([Type.String(), Type.Object({ lang: Type.Optional(Type.String()), value: Type.String() })]);

const intentParameter = Type.Object({
  id: Type.Optional(Type.String()),
  name: Type.String(),
  value: Type.Optional(
    Type.String({ description: '$alias, $alias.original, #context.param, a literal, or @entity (seed).' }),
  ),
  dataType: Type.Optional(Type.String({ description: 'The entity, e.g. @sys.date.' })),
  isList: Type.Optional(Type.Boolean()),
  required: Type.Optional(Type.Boolean()),
  defaultValue: Type.Optional(Type.String()),
  prompts: Type.Optional(Type.Array(prompt)),
  promptMessages: Type.Optional(Type.Array(Type.Unknown())),
  noMatchPromptMessages: Type.Optional(Type.Array(Type.Unknown())),
  noInputPromptMessages: Type.Optional(Type.Array(Type.Unknown())),
});

const intentResponse = Type.Object({
  resetContexts: Type.Optional(Type.Boolean()),
  action: Type.Optional(Type.String()),
  affectedContexts: Type.Optional(Type.Array(outputContext, { description: 'Output contexts set by the intent.' })),
  parameters: Type.Optional(Type.Array(intentParameter)),
  messages: Type.Optional(Type.Array(inline(ApiaiResponseMessage))),
  speech: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())])),
});

export const ApiaiIntent = Type.Object(
  {
    id: Type.Optional(Type.String({ description: 'Absent when creating an intent.' })),
    name: Type.String(),
    auto: Type.Optional(Type.Boolean({ description: 'Machine learning enabled.' })),
    contexts: Type.Optional(Type.Array(Type.String(), { description: 'Input context names.' })),
    templates: Type.Optional(
      Type.Array(Type.String(), { description: 'Template examples, e.g. "turn @onOff @appliance".' }),
    ),
    userSays: Type.Optional(Type.Array(userSays)),
    responses: Type.Optional(Type.Array(intentResponse)),
    priority: Type.Optional(Type.Integer({ description: 'Default 500000.' })),
    webhookUsed: Type.Optional(Type.Boolean()),
    webhookForSlotFilling: Type.Optional(Type.Boolean()),
    fallbackIntent: Type.Optional(Type.Boolean()),
    events: Type.Optional(Type.Array(Type.Object({ name: Type.String() }))),
  },
  {
    $id: 'apiai.Intent',
    description: 'A full intent (GET/PUT /v1/intents/{iid}, POST /v1/intents); agent exports add more fields.',
    additionalProperties: true,
  },
);
export type ApiaiIntent = Static<typeof ApiaiIntent>;

export const ApiaiIntentSummary = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    contextIn: Type.Array(Type.String()),
    contextOut: Type.Array(outputContext, { description: 'Names (seed) or {name, lifespan} (later v1).' }),
    actions: Type.Array(Type.String()),
    parameters: Type.Optional(Type.Array(intentParameter)),
    priority: Type.Optional(Type.Integer()),
    fallbackIntent: Type.Optional(Type.Boolean()),
  },
  { $id: 'apiai.IntentSummary', description: 'An intent as listed by GET /v1/intents.' },
);
export type ApiaiIntentSummary = Static<typeof ApiaiIntentSummary>;

export const ApiaiIntentList = Type.Array(inline(ApiaiIntentSummary), {
  $id: 'apiai.IntentList',
  description: 'Answer of GET /v1/intents: a bare array of intent summaries.',
});
export type ApiaiIntentList = Static<typeof ApiaiIntentList>;
