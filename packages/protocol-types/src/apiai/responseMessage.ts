import Type, { type Static } from 'typebox';

// Rich response messages of fulfillment.messages and intent responses (docs/protocols/apiai.md §4 — Java SDK
// model/ResponseMessage.java: 0 text, 1 card, 2 quick replies, 3 image, 4 custom payload; agent exports write the
// type as a string; Actions-on-Google messages use string type names and `platform`).

const platform = Type.Optional(
  Type.String({ description: 'Target platform: facebook, slack, telegram, kik, viber, google…' }),
);

const kind = <Code extends number>(code: Code) =>
  Type.Union([Type.Literal(code), Type.Literal(`${code}` as `${Code}`)]);

// Messages are open objects: agent exports add `lang`, `condition`, `textToSpeech`… and the service answers with
// the messages as stored, so a serializer built from these schemas must keep every field.
const open = { additionalProperties: true } as const;

const textMessage = Type.Object({
  type: kind(0),
  speech: Type.Union([Type.String(), Type.Array(Type.String())], {
    description: 'One text, or variants to pick from.',
  }),
  platform,
}, open);

const cardMessage = Type.Object({
  type: kind(1),
  title: Type.Optional(Type.String()),
  subtitle: Type.Optional(Type.String()),
  imageUrl: Type.Optional(Type.String()),
  buttons: Type.Optional(Type.Array(Type.Object({ text: Type.String(), postback: Type.Optional(Type.String()) }))),
  platform,
}, open);

const quickRepliesMessage = Type.Object({
  type: kind(2),
  title: Type.Optional(Type.String()),
  replies: Type.Array(Type.String()),
  platform,
}, open);

const imageMessage = Type.Object({ type: kind(3), imageUrl: Type.String(), platform }, open);

const customPayloadMessage = Type.Object({
  type: kind(4),
  payload: Type.Record(Type.String(), Type.Unknown()),
  platform,
}, open);

const googleMessage = Type.Object(
  {
    type: Type.Enum([
      'simple_response',
      'basic_card',
      'list_card',
      'suggestion_chips',
      'carousel_card',
      'link_out_chip',
    ]),
    platform,
  },
  { description: 'An Actions-on-Google message, with the fields of its type.', additionalProperties: true },
);

export const ApiaiResponseMessage = Type.Union(
  [textMessage, cardMessage, quickRepliesMessage, imageMessage, customPayloadMessage, googleMessage],
  {
    $id: 'apiai.ResponseMessage',
    description:
      'A rich response message: type 0 text, 1 card, 2 quick replies, 3 image, 4 custom payload, or an Actions-on-Google type.',
  },
);
export type ApiaiResponseMessage = Static<typeof ApiaiResponseMessage>;
