import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { ApiaiStatus } from './status.js';

// api.ai developer entities (docs/protocols/apiai.md "entities", "Entity object"; docs/protocols/apiai.md §2 and §7).

export const ApiaiEntityEntry = Type.Object(
  {
    value: Type.String({ description: 'The reference (canonical) value.' }),
    synonyms: Type.Array(Type.String(), {
      description: 'Synonyms; may contain entity references (@city) and inline expressions (@{a, b}).',
    }),
  },
  { $id: 'apiai.EntityEntry', description: 'One entry of an entity: a reference value and its synonyms.' },
);
export type ApiaiEntityEntry = Static<typeof ApiaiEntityEntry>;

export const ApiaiEntityEntryList = Type.Array(inline(ApiaiEntityEntry), {
  $id: 'apiai.EntityEntryList',
  description: 'Body of POST/PUT /v1/entities/{eid}/entries: entries to add or replace.',
});
export type ApiaiEntityEntryList = Static<typeof ApiaiEntityEntryList>;

export const ApiaiEntity = Type.Object(
  {
    id: Type.Optional(Type.String({ description: 'Absent when creating an entity.' })),
    name: Type.String(),
    entries: Type.Array(inline(ApiaiEntityEntry)),
    isOverridable: Type.Optional(Type.Boolean()),
    isEnum: Type.Optional(Type.Boolean({ description: 'Composite entity: entries may reference other entities.' })),
    automatedExpansion: Type.Optional(Type.Boolean({ description: 'Also match values that are not listed.' })),
  },
  {
    $id: 'apiai.Entity',
    description: 'A developer entity (GET/PUT /v1/entities/{eid}, POST /v1/entities); agent exports add more fields.',
    additionalProperties: true,
  },
);
export type ApiaiEntity = Static<typeof ApiaiEntity>;

export const ApiaiEntityBatch = Type.Array(inline(ApiaiEntity), {
  $id: 'apiai.EntityBatch',
  description: 'Body of POST/PUT /v1/entities with several entities at once.',
});
export type ApiaiEntityBatch = Static<typeof ApiaiEntityBatch>;

export const ApiaiEntityValueList = Type.Array(Type.String(), {
  $id: 'apiai.EntityValueList',
  description: 'Body of DELETE /v1/entities/{eid}/entries: the reference values of the entries to remove.',
});
export type ApiaiEntityValueList = Static<typeof ApiaiEntityValueList>;

export const ApiaiEntitySummary = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    count: Type.Integer({ minimum: 0, description: 'Total number of synonyms.' }),
    preview: Type.String({ description: 'E.g. "Coffee Maker <= (coffee maker, coffee machine, coffee), ...".' }),
  },
  { $id: 'apiai.EntitySummary', description: 'An entity as listed by GET /v1/entities.' },
);
export type ApiaiEntitySummary = Static<typeof ApiaiEntitySummary>;

export const ApiaiEntityList = Type.Array(inline(ApiaiEntitySummary), {
  $id: 'apiai.EntityList',
  description: 'Answer of GET /v1/entities: a bare array of entity summaries.',
});
export type ApiaiEntityList = Static<typeof ApiaiEntityList>;

export const ApiaiUserEntity = Type.Object(
  {
    name: Type.String({ description: 'Name of the developer entity this session entity overrides or extends.' }),
    entries: Type.Array(inline(ApiaiEntityEntry)),
    extend: Type.Optional(Type.Boolean({ description: 'Add to the developer entries instead of replacing them.' })),
    sessionId: Type.Optional(Type.String({ description: 'Session scope (the Python SDK puts it in each entity).' })),
  },
  {
    $id: 'apiai.UserEntity',
    description: 'A session-scoped (user) entity, sent to /v1/userEntities or inline in /v1/query.',
  },
);
export type ApiaiUserEntity = Static<typeof ApiaiUserEntity>;

export const ApiaiUserEntitiesRequest = Type.Union(
  [
    Type.Object({ sessionId: Type.Optional(Type.String()), entities: Type.Array(inline(ApiaiUserEntity)) }),
    Type.Array(inline(ApiaiUserEntity)),
    // The Go client (mlabouardy/dialogflow-go-client apiai.go) marshals an untagged struct: capitalized keys.
    Type.Object({ SessionID: Type.Optional(Type.String()), Entities: Type.Array(inline(ApiaiUserEntity)) }),
  ],
  {
    $id: 'apiai.UserEntitiesRequest',
    description:
      'Body of POST /v1/userEntities: {sessionId, entities} (Node SDK), a bare array (Java, Python SDKs) or {SessionID, Entities} (Go SDK).',
  },
);
export type ApiaiUserEntitiesRequest = Static<typeof ApiaiUserEntitiesRequest>;

export const ApiaiEntitiesCreateResponse = Type.Object(
  { ids: Type.Array(Type.String()), status: inline(ApiaiStatus) },
  {
    $id: 'apiai.EntitiesCreateResponse',
    description: 'Answer of POST /v1/entities with a batch: the ids of the created entities, in order.',
  },
);
export type ApiaiEntitiesCreateResponse = Static<typeof ApiaiEntitiesCreateResponse>;

export const ApiaiUserEntitiesCreateResponse = Type.Object(
  { names: Type.Array(Type.String()), status: inline(ApiaiStatus) },
  { $id: 'apiai.UserEntitiesCreateResponse', description: 'Answer of POST /v1/userEntities: the names of the entities set.' },
);
export type ApiaiUserEntitiesCreateResponse = Static<typeof ApiaiUserEntitiesCreateResponse>;
