import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiContext, ApiaiParameters } from './context.js';
import { ApiaiEvent } from './queryRequest.js';
import { ApiaiResponseMessage } from './responseMessage.js';
import { ApiaiStatus } from './status.js';

// /v1/query responses (docs/protocols/apiai.md §4): the v=20150910 shape, plus the deprecated result.speech.

const stringFlag = (description: string) => Type.Optional(Type.Enum(['true', 'false'], { description }));
const contextNames = Type.Union([Type.Array(Type.String()), Type.String()]);

export const ApiaiMetadata = Type.Object(
  {
    intentId: Type.Optional(Type.String()),
    intentName: Type.Optional(Type.String()),
    webhookUsed: stringFlag('"true" or "false" — a string, as the Go SDK decodes it.'),
    webhookForSlotFillingUsed: stringFlag('"true" or "false".'),
    isFallbackIntent: stringFlag('"true" or "false".'),
    webhookResponseTime: Type.Optional(Type.Number()),
    nluResponseTime: Type.Optional(Type.Number()),
    inputContexts: Type.Optional(contextNames),
    contexts: Type.Optional(contextNames),
  },
  { $id: 'apiai.Metadata', description: 'result.metadata: the matched intent and webhook flags (flags are strings).' },
);
export type ApiaiMetadata = Static<typeof ApiaiMetadata>;

export const ApiaiFulfillment = Type.Object(
  {
    speech: Type.String({ description: 'The text response.' }),
    messages: Type.Optional(Type.Array(inline(ApiaiResponseMessage))),
    displayText: Type.Optional(Type.String()),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    source: Type.Optional(Type.String()),
    contextOut: Type.Optional(Type.Array(inline(ApiaiContext))),
    followupEvent: Type.Optional(inline(ApiaiEvent)),
  },
  {
    $id: 'apiai.Fulfillment',
    description: 'result.fulfillment: the response text and rich messages, plus what a webhook added.',
    additionalProperties: true,
  },
);
export type ApiaiFulfillment = Static<typeof ApiaiFulfillment>;

export const ApiaiResult = Type.Object(
  {
    source: Type.String({ description: '"agent", or "domains" for small talk.' }),
    resolvedQuery: Type.String(),
    speech: Type.Optional(Type.String({ description: 'Deprecated copy of fulfillment.speech.' })),
    action: Type.String({ description: 'The action of the matched intent ("" when none).' }),
    actionIncomplete: Type.Boolean({ description: 'True while required parameters are still being asked for.' }),
    parameters: inline(ApiaiParameters),
    contexts: Type.Array(inline(ApiaiContext), { description: 'Every active context of the session.' }),
    metadata: inline(ApiaiMetadata),
    fulfillment: inline(ApiaiFulfillment),
    score: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { $id: 'apiai.Result', description: 'The result of processing a query (v=20150910).' },
);
export type ApiaiResult = Static<typeof ApiaiResult>;

const responseHeader = {
  id: Type.String({ description: 'Unique identifier of the response.' }),
  timestamp: Type.String({ description: 'ISO-8601 UTC with milliseconds and Z, e.g. 2017-07-19T21:24:40.661Z.' }),
  lang: Type.String(),
  sessionId: Type.String(),
};

export const ApiaiQueryResponse = Type.Object(
  { ...responseHeader, result: inline(ApiaiResult), status: inline(ApiaiStatus) },
  { $id: 'apiai.QueryResponse', description: 'Answer of /v1/query?v=20150910: result, status and session.' },
);
export type ApiaiQueryResponse = Static<typeof ApiaiQueryResponse>;

export const ApiaiLegacyQueryResponse = Type.Object(
  {
    id: Type.String(),
    timestamp: Type.Optional(Type.String()),
    result: Type.Object({
      resolvedQuery: Type.String(),
      speech: Type.Optional(Type.String()),
      action: Type.Optional(Type.String()),
      parameters: Type.Optional(inline(ApiaiParameters)),
      metadata: Type.Optional(inline(ApiaiMetadata)),
    }),
    status: Type.Optional(inline(ApiaiStatus)),
  },
  {
    $id: 'apiai.LegacyQueryResponse',
    description: 'The early (seed, pre-v=20150910) query answer: result.speech and metadata, no fulfillment.',
  },
);
export type ApiaiLegacyQueryResponse = Static<typeof ApiaiLegacyQueryResponse>;
