// GET /openapi.json: an OpenAPI 3.1 description of this server whose components are the api.ai schemas of
// @parley/protocol-types (JSON Schema 2020-12, which OpenAPI 3.1 takes as is).
import { schemas } from '@parley/protocol-types';
import { maxSessionIdLength } from '../routes/sessionId.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json): Json => ({ content: { 'application/json': { schema } } });
const errors: Json = { default: { description: 'api.ai error: the HTTP status equals status.code', ...json(ref('apiai.StatusResponse')) } };
const sessionId: Json = { name: 'sessionId', in: 'query', required: true, schema: { type: 'string', maxLength: maxSessionIdLength } };
const v: Json = { name: 'v', in: 'query', required: false, schema: { type: 'string', example: '20150910' } };

function operation(summary: string, token: 'developerToken' | 'clientToken', details: Json, okSchema?: Json): Json {
  return {
    summary,
    security: [{ [token]: [] }],
    ...details,
    responses: { 200: { description: 'Success', ...(okSchema === undefined ? {} : json(okSchema)) }, ...errors },
  };
}

const idParameter = (name: string): Json => ({ name, in: 'path', required: true, schema: { type: 'string' } });

export function openApiDocument(): Json {
  const components = Object.fromEntries(Object.entries(schemas).filter(([name]) => name.startsWith('apiai.')));
  const write = ref('apiai.StatusResponse');
  return {
    openapi: '3.1.0',
    info: { title: 'Parley api.ai v1 server', version: '20150910', description: 'A drop-in server for the api.ai v1 REST API (v=20150910).' },
    components: {
      schemas: components,
      securitySchemes: {
        developerToken: { type: 'http', scheme: 'bearer', description: 'Developer access token (/intents, /entities, /agent)' },
        clientToken: { type: 'http', scheme: 'bearer', description: 'Client access token (/query, /contexts, /userEntities); the developer token works too' },
      },
    },
    paths: {
      '/v1/query': {
        get: operation('Query with URL parameters', 'clientToken', { parameters: [{ name: 'query', in: 'query', schema: { type: 'string' } }, { name: 'e', in: 'query', schema: { type: 'string' } }, { ...sessionId, required: false }, v] }, ref('apiai.QueryResponse')),
        post: operation('Query with text, an event, or voice (multipart: request + voiceData)', 'clientToken', {
          parameters: [v],
          requestBody: { content: { 'application/json': { schema: ref('apiai.QueryRequest') }, 'multipart/form-data': { schema: { type: 'object', properties: { request: ref('apiai.VoiceQueryRequest'), voiceData: { type: 'string', format: 'binary' } } } } } },
        }, ref('apiai.QueryResponse')),
      },
      '/v1/entities': {
        get: operation('List entities', 'developerToken', {}, ref('apiai.EntityList')),
        post: operation('Create an entity (or a batch)', 'developerToken', { requestBody: json(ref('apiai.Entity')) }, write),
        put: operation('Create or update a batch of entities', 'developerToken', { requestBody: json(ref('apiai.EntityBatch')) }, write),
      },
      '/v1/entities/{eid}': {
        get: operation('Get an entity by id or name', 'developerToken', { parameters: [idParameter('eid')] }, ref('apiai.Entity')),
        put: operation('Update an entity', 'developerToken', { parameters: [idParameter('eid')], requestBody: json(ref('apiai.Entity')) }, write),
        delete: operation('Delete an entity (409 while an intent uses it)', 'developerToken', { parameters: [idParameter('eid')] }, write),
      },
      '/v1/entities/{eid}/entries': {
        post: operation('Add entries', 'developerToken', { parameters: [idParameter('eid')], requestBody: json(ref('apiai.EntityEntryList')) }, write),
        put: operation('Replace the named entries', 'developerToken', { parameters: [idParameter('eid')], requestBody: json(ref('apiai.EntityEntryList')) }, write),
        delete: operation('Delete entries by value', 'developerToken', { parameters: [idParameter('eid')], requestBody: json(ref('apiai.EntityValueList')) }, write),
      },
      '/v1/intents': {
        get: operation('List intent summaries', 'developerToken', {}, ref('apiai.IntentList')),
        post: operation('Create an intent', 'developerToken', { requestBody: json(ref('apiai.Intent')) }, write),
      },
      '/v1/intents/{iid}': {
        get: operation('Get an intent', 'developerToken', { parameters: [idParameter('iid')] }, ref('apiai.Intent')),
        put: operation('Update an intent', 'developerToken', { parameters: [idParameter('iid')], requestBody: json(ref('apiai.Intent')) }, write),
        delete: operation('Delete an intent', 'developerToken', { parameters: [idParameter('iid')] }, write),
      },
      '/v1/contexts': {
        get: operation("List a session's active contexts", 'clientToken', { parameters: [sessionId] }, ref('apiai.ContextList')),
        post: operation('Set contexts', 'clientToken', { parameters: [sessionId], requestBody: json(ref('apiai.ContextList')) }, ref('apiai.ContextsCreateResponse')),
        delete: operation('Delete all contexts of a session', 'clientToken', { parameters: [sessionId] }, write),
      },
      '/v1/contexts/{name}': {
        get: operation('Get one context', 'clientToken', { parameters: [idParameter('name'), sessionId] }, ref('apiai.Context')),
        delete: operation('Delete one context', 'clientToken', { parameters: [idParameter('name'), sessionId] }, write),
      },
      '/v1/userEntities': {
        post: operation('Set session user entities', 'clientToken', { requestBody: json(ref('apiai.UserEntitiesRequest')) }, write),
      },
      '/v1/userEntities/{name}': {
        get: operation('Get a session user entity', 'clientToken', { parameters: [idParameter('name'), sessionId] }, ref('apiai.UserEntity')),
        put: operation('Replace a session user entity', 'clientToken', { parameters: [idParameter('name'), sessionId], requestBody: json(ref('apiai.UserEntity')) }, write),
        delete: operation('Delete a session user entity', 'clientToken', { parameters: [idParameter('name'), sessionId] }, write),
      },
      '/v1/agent/import': {
        post: operation('Replace the agent with an agent zip (any export generation)', 'developerToken', { requestBody: { content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } } }, write),
      },
      '/v1/agent/export': {
        get: { summary: 'Download the agent as a zip (current export layout)', security: [{ developerToken: [] }], responses: { 200: { description: 'The zip', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } }, ...errors } },
      },
      '/healthz': {
        get: {
          summary: 'Readiness: runs select 1 on the database (2 s limit)',
          responses: {
            200: { description: 'Ready', ...json({ type: 'object', properties: { status: { const: 'ok' } } }) },
            503: { description: 'Database unreachable: status.errorType service_unavailable', ...json(ref('apiai.StatusResponse')) },
          },
        },
      },
    },
  };
}
