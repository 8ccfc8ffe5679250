import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { AlmondFormattedObject } from './formatted.js';

// The /me/api/conversation and /me/api/results WebSockets (almond-cloud 1.8, docs/protocols/almond.md §3.1, §3.2).

const appRef = {
  appId: Type.String({ description: 'uniqueId of the program.' }),
  icon: Type.Union([Type.String(), Type.Null()], { description: 'URL of the icon of the program.' }),
};

export const AlmondResultsEvent = Type.Union(
  [
    Type.Object({
      result: Type.Object({
        ...appRef,
        raw: Type.Record(Type.String(), Type.Unknown()),
        type: Type.Union([Type.String(), Type.Null()], {
          description: 'The function that produced the result, "<kind>:<function>"; null when the executor names none.',
        }),
        formatted: Type.Array(Type.Union([Type.String(), inline(AlmondFormattedObject)])),
      }),
    }),
    Type.Object({ error: Type.Object({ ...appRef, error: Type.String() }) }),
  ],
  {
    $id: 'almond.ResultsEvent',
    description:
      'A message of the /me/api/results WebSocket: {result: {appId, icon, raw, type, formatted}} or {error: {appId, icon, error}}.',
  },
);
export type AlmondResultsEvent = Static<typeof AlmondResultsEvent>;

export const AlmondResultsMessage = Type.Union(
  [
    inline(AlmondResultsEvent),
    Type.Object({ type: Type.Literal('pong') }, { description: 'The answer to a `{"type":"ping"}` frame.' }),
    Type.Object({ error: Type.String() }, { description: 'A frame that is not JSON: `{"error":"Invalid JSON"}`.' }),
  ],
  {
    $id: 'almond.ResultsMessage',
    description: 'Any message of the /me/api/results WebSocket: a results event, a pong, or the error of a frame that is not JSON.',
  },
);
export type AlmondResultsMessage = Static<typeof AlmondResultsMessage>;

export const AlmondConversationQuery = Type.Object(
  {
    id: Type.Optional(Type.String({ description: 'Conversation ID; a reused ID replaces the old conversation.' })),
    hide_welcome: Type.Optional(Type.String({ description: '1 to skip the welcome messages.' })),
    access_token: Type.Optional(
      Type.String({ description: 'The bearer token, for browsers that cannot set the Authorization header.' }),
    ),
  },
  { $id: 'almond.ConversationQuery', description: 'Query string of the /me/api/conversation WebSocket.' },
);
export type AlmondConversationQuery = Static<typeof AlmondConversationQuery>;
