import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiContext } from './context.js';
import { ApiaiEvent } from './queryRequest.js';
import { ApiaiResult } from './queryResponse.js';
import { ApiaiResponseMessage } from './responseMessage.js';
import { ApiaiStatus } from './status.js';

// api.ai v1 fulfillment webhook: the service POSTs the query answer (plus originalRequest) to the webhook and
// merges the webhook's answer into result.fulfillment (docs/protocols/apiai.md §4: fulfillment fields of the Java SDK).

export const ApiaiWebhookRequest = Type.Object(
  {
    id: Type.String(),
    timestamp: Type.String(),
    lang: Type.String(),
    sessionId: Type.String(),
    result: inline(ApiaiResult),
    status: inline(ApiaiStatus),
    originalRequest: Type.Optional(
      Type.Object({ source: Type.Optional(Type.String()), data: Type.Optional(Type.Unknown()) }),
    ),
  },
  {
    $id: 'apiai.WebhookRequest',
    description: 'Body POSTed to a fulfillment webhook: the query answer and originalRequest.',
  },
);
export type ApiaiWebhookRequest = Static<typeof ApiaiWebhookRequest>;

export const ApiaiWebhookResponse = Type.Object(
  {
    speech: Type.Optional(Type.String()),
    displayText: Type.Optional(Type.String()),
    messages: Type.Optional(Type.Array(inline(ApiaiResponseMessage))),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    contextOut: Type.Optional(Type.Array(inline(ApiaiContext))),
    source: Type.Optional(Type.String()),
    followupEvent: Type.Optional(inline(ApiaiEvent)),
  },
  {
    $id: 'apiai.WebhookResponse',
    description: 'Answer of a fulfillment webhook: speech, messages, contexts, follow-up event.',
    additionalProperties: true,
  },
);
export type ApiaiWebhookResponse = Static<typeof ApiaiWebhookResponse>;
