import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { AlmondAskValue, AlmondMessage } from './dialogMessage.js';
import { AlmondInput } from './dialogInput.js';

// POST /me/api/converse (almond-cloud 1.8, docs/protocols/almond.md §2.3): one stateless conversation round over HTTP.

export const AlmondConverseRequest = Type.Object(
  {
    command: inline(AlmondInput),
    conversationId: Type.Optional(Type.String({ description: 'Continue this conversation; omit to start one.' })),
  },
  {
    $id: 'almond.ConverseRequest',
    description: 'Body of POST /me/api/converse: one input and an optional conversation.',
  },
);
export type AlmondConverseRequest = Static<typeof AlmondConverseRequest>;

export const AlmondConverseResponse = Type.Object(
  {
    messages: Type.Array(inline(AlmondMessage)),
    askSpecial: inline(AlmondAskValue),
    conversationId: Type.String(),
  },
  {
    $id: 'almond.ConverseResponse',
    description: 'Answer of POST /me/api/converse: the messages of the round and its askSpecial.',
  },
);
export type AlmondConverseResponse = Static<typeof AlmondConverseResponse>;
