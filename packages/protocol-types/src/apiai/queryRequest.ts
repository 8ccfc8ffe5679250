import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiParameters } from './context.js';
import { ApiaiUserEntity } from './entity.js';

// /v1/query requests (docs/protocols/apiai.md "query"; docs/protocols/apiai.md §3, §3.1, §8). Every client variant is accepted:
// the seed's `q` and context-name strings, arrays of ASR alternatives, the Python SDK's `"entities": null`,
// the Go SDK's empty objects. Objects stay open: clients send many extra fields.

const requestContext = Type.Union([
  Type.String({ description: 'A context name (seed form).' }),
  Type.Object({
    name: Type.String(),
    parameters: Type.Optional(inline(ApiaiParameters)),
    lifespan: Type.Optional(Type.Integer({ minimum: 0 })),
  }),
]);

export const ApiaiEvent = Type.Object(
  {
    name: Type.Optional(Type.String({ description: 'The event name; required unless `query` is sent.' })),
    data: Type.Optional(inline(ApiaiParameters)),
  },
  { $id: 'apiai.Event', description: 'An event that triggers the intent listening for it, with parameter data.' },
);
export type ApiaiEvent = Static<typeof ApiaiEvent>;

const commonFields = {
  sessionId: Type.Optional(Type.String({ description: 'Session identifier, up to 36 characters.' })),
  lang: Type.Optional(Type.String({ description: 'Language tag, e.g. en, en-us, pt-BR.' })),
  contexts: Type.Optional(Type.Array(requestContext, { description: 'Contexts activated before matching.' })),
  resetContexts: Type.Optional(Type.Boolean({ description: 'Clear the session contexts first.' })),
  entities: Type.Optional(Type.Union([Type.Array(inline(ApiaiUserEntity)), Type.Null()])),
  timezone: Type.Optional(
    Type.String({ description: 'IANA name (Europe/Paris), or GMT+6 / +0000 as some SDKs send.' }),
  ),
  location: Type.Optional(
    Type.Object({ latitude: Type.Optional(Type.Number()), longitude: Type.Optional(Type.Number()) }),
  ),
  originalRequest: Type.Optional(
    Type.Object({ source: Type.Optional(Type.String()), data: Type.Optional(Type.Unknown()) }),
  ),
  agent_id: Type.Optional(Type.String()),
};

export const ApiaiQueryRequest = Type.Object(
  {
    query: Type.Optional(
      Type.Union([Type.String(), Type.Array(Type.String())], {
        description: 'The text to process, or several ASR alternatives; at most 256 characters each.',
      }),
    ),
    q: Type.Optional(Type.String({ description: 'The query, as the seed JavaScript example names it.' })),
    confidence: Type.Optional(
      Type.Union([Type.Number(), Type.Array(Type.Number())], {
        description: 'Recognition confidence (0..1) of each query alternative.',
      }),
    ),
    event: Type.Optional(inline(ApiaiEvent)),
    ...commonFields,
  },
  {
    $id: 'apiai.QueryRequest',
    description: 'JSON body of POST /v1/query: a text `query` or an `event`, with session data.',
    additionalProperties: true,
  },
);
export type ApiaiQueryRequest = Static<typeof ApiaiQueryRequest>;

export const ApiaiVoiceQueryRequest = Type.Object(commonFields, {
  $id: 'apiai.VoiceQueryRequest',
  description: 'The JSON `request` part of a multipart POST /v1/query; the audio travels in the `voiceData` part.',
  additionalProperties: true,
});
export type ApiaiVoiceQueryRequest = Static<typeof ApiaiVoiceQueryRequest>;

const oneOrMany = (description: string) =>
  Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())], { description }));

export const ApiaiQueryString = Type.Object(
  {
    query: oneOrMany('The text to process; repeated for ASR alternatives.'),
    v: Type.Optional(Type.String({ description: 'Protocol version; all SDKs send 20150910.' })),
    sessionId: Type.Optional(Type.String()),
    lang: Type.Optional(Type.String()),
    e: Type.Optional(Type.String({ description: 'Event name (GET form of `event`).' })),
    contexts: oneOrMany('Context names; repeated for several.'),
    confidence: oneOrMany('Confidence of each query alternative.'),
    timezone: Type.Optional(Type.String()),
    latitude: Type.Optional(Type.String({ pattern: '^-?[0-9]+(\\.[0-9]+)?$' })),
    longitude: Type.Optional(Type.String({ pattern: '^-?[0-9]+(\\.[0-9]+)?$' })),
    resetContexts: Type.Optional(Type.Enum(['true', 'false'])),
    agent_id: Type.Optional(Type.String()),
  },
  { $id: 'apiai.QueryString', description: 'Query string of GET /v1/query (and the `v` parameter of POST /v1/query).' },
);
export type ApiaiQueryString = Static<typeof ApiaiQueryString>;
