import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiStatus } from './status.js';

// api.ai contexts (docs/protocols/apiai.md "Contexts"; docs/protocols/apiai.md §3 and §5).

export const ApiaiParameters = Type.Record(Type.String(), Type.Unknown(), {
  $id: 'apiai.Parameters',
  description:
    'Parameter values by name: strings, numbers, or objects for composite entities; `<name>.original` holds the raw text.',
});
export type ApiaiParameters = Static<typeof ApiaiParameters>;

export const ApiaiContext = Type.Object(
  {
    name: Type.String({ description: 'Context name (lower-cased by the service).' }),
    parameters: Type.Optional(inline(ApiaiParameters)),
    lifespan: Type.Optional(Type.Integer({ minimum: 0, description: 'Remaining number of requests.' })),
  },
  { $id: 'apiai.Context', description: 'An active context: name, parameters and remaining lifespan.' },
);
export type ApiaiContext = Static<typeof ApiaiContext>;

export const ApiaiContextList = Type.Array(inline(ApiaiContext), {
  $id: 'apiai.ContextList',
  description: 'Answer of GET /v1/contexts?sessionId= and body of POST /v1/contexts: a bare array of contexts.',
});
export type ApiaiContextList = Static<typeof ApiaiContextList>;

export const ApiaiContextsCreateResponse = Type.Object(
  { names: Type.Array(Type.String()), status: inline(ApiaiStatus) },
  { $id: 'apiai.ContextsCreateResponse', description: 'Answer of POST /v1/contexts: the names of the contexts set.' },
);
export type ApiaiContextsCreateResponse = Static<typeof ApiaiContextsCreateResponse>;
