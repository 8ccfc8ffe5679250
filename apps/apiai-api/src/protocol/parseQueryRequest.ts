// Every /query client variant → one request (docs/protocols/apiai.md §3, §3.1): the JSON body of the SDKs, the seed's
// `{q, lang}` without sessionId, GET parameters (`query`, `e`, `contexts`, `latitude`…), JAVA's sessionId in the
// query string, `query` arrays with `confidence`, PY's `null`s, GO's empty objects and a multipart `request` part.
import { randomUUID } from 'node:crypto';
import type { ContextToSet, JsonObject, SessionEntity } from '@parley/dialog-engine';
import { isRecord, type Json, normalizeTimeZone, parseEntries, readArray, readBoolean, readNumber, readRecord, readString, readStringList } from '@parley/apiai-agent/model';
import { badRequest } from '../http/ApiAiError.js';
import { checkSessionIdLength } from '../routes/sessionId.js';

export interface ParsedQuery {
  sessionId: string;
  lang: string | undefined;
  query: string | undefined;
  event: { name: string; data: JsonObject } | undefined;
  contexts: ContextToSet[];
  resetContexts: boolean;
  entities: SessionEntity[];
  timeZone: string | undefined;
  location: { latitude: number; longitude: number } | undefined;
  originalRequest: JsonObject | undefined;
}

/** "should not exceed 256 characters" (api.ai query docs); the live service's wording of the error. */
const maxQueryLength = 256;

const asJsonObject = (value: Json): JsonObject => value as JsonObject;

/** The text of `query`/`q`: a string, or ASR alternatives with `confidence` (the most confident wins). */
function readQueryText(value: unknown, confidence: unknown): string | undefined {
  if (!Array.isArray(value)) return readString(value, 'query');
  const alternatives = readStringList(value, 'query');
  const confidences = readArray(confidence, 'confidence').map((item, index) => readNumber(item, `confidence[${index}]`) ?? 0);
  let best = 0;
  alternatives.forEach((_, index) => {
    if ((confidences[index] ?? 0) > (confidences[best] ?? 0)) best = index;
  });
  return alternatives[best];
}

function readEvent(value: unknown): ParsedQuery['event'] {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { name: value, data: {} };
  const event = readRecord(value, 'event');
  if (Object.keys(event).length === 0) return undefined;
  const name = readString(event.name, 'event.name');
  if (name === undefined || name === '') throw badRequest('Event name is missing');
  return { name, data: asJsonObject(readRecord(event.data, 'event.data')) };
}

/** Contexts as names (seed: `["weather","local"]`, GET `contexts=a,b`) or `{name, parameters?, lifespan?}`. */
export function readContexts(value: unknown): ContextToSet[] {
  const items = typeof value === 'string' ? value.split(',') : readArray(value, 'contexts');
  return items.flatMap((item, index) => {
    if (typeof item === 'string') return item.trim() === '' ? [] : [{ name: item.trim() }];
    const context = readRecord(item, `contexts[${index}]`);
    const name = readString(context.name, `contexts[${index}].name`);
    if (name === undefined || name === '') throw badRequest(`contexts[${index}].name is missing`);
    const lifespan = readNumber(context.lifespan, `contexts[${index}].lifespan`);
    return [
      {
        name,
        parameters: asJsonObject(readRecord(context.parameters, `contexts[${index}].parameters`)),
        ...(lifespan === undefined ? {} : { lifespan }),
      },
    ];
  });
}

/** User entities `[{name, entries, extend?}]` (PY adds `sessionId` to each; ignored here). */
export function readUserEntities(value: unknown): SessionEntity[] {
  return readArray(value, 'entities').map((item, index) => {
    const entity = readRecord(item, `entities[${index}]`);
    const name = readString(entity.name, `entities[${index}].name`);
    if (name === undefined || name === '') throw badRequest(`entities[${index}].name is missing`);
    const entries = parseEntries(entity.entries, `entities[${index}].entries`);
    return { name, entries, extend: readBoolean(entity.extend, `entities[${index}].extend`) };
  });
}

function readLocation(fields: Json): ParsedQuery['location'] {
  const location = readRecord(fields.location, 'location');
  const latitude = readNumber(location.latitude ?? fields.latitude, 'latitude');
  const longitude = readNumber(location.longitude ?? fields.longitude, 'longitude');
  return latitude === undefined || longitude === undefined ? undefined : { latitude, longitude };
}

/**
 * Reads a query from the URL parameters and the body (body fields win). A missing sessionId (docs/protocols/apiai.md clients
 * send none) gets a fresh one; an empty one is the live service's 400.
 */
export function parseQueryRequest(urlParameters: Json, body: unknown, options: { voice?: boolean } = {}): ParsedQuery {
  const fields: Json = { ...urlParameters, ...readRecord(body, 'request body') };
  const rawSessionId = fields.sessionId;
  const sessionId = readString(rawSessionId, 'sessionId');
  if (rawSessionId !== undefined && rawSessionId !== null && (sessionId === undefined || sessionId.trim() === '')) {
    throw badRequest("Required 'sessionId' parameter is empty.");
  }
  const query = readQueryText(fields.query ?? fields.q, fields.confidence);
  const event = readEvent(fields.event ?? fields.e);
  if (event === undefined && (query === undefined || query.trim() === '') && options.voice !== true) {
    throw badRequest('Json request query property is missing');
  }
  if (query !== undefined && query.length > maxQueryLength) throw badRequest('All queries should be less than 255 symbols.');
  const originalRequest = isRecord(fields.originalRequest) ? asJsonObject(fields.originalRequest) : undefined;
  return {
    sessionId: checkSessionIdLength(sessionId?.trim() ?? randomUUID()),
    lang: readString(fields.lang, 'lang'),
    query,
    event,
    contexts: readContexts(fields.contexts),
    resetContexts: readBoolean(fields.resetContexts, 'resetContexts'),
    entities: readUserEntities(fields.entities),
    timeZone: normalizeTimeZone(readString(fields.timezone ?? fields.timeZone, 'timezone')),
    location: readLocation(fields),
    originalRequest,
  };
}
