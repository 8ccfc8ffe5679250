import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { AlmondFormattedObject } from './formatted.js';
import { parsedCommandField } from './parsedCommand.js';

// Almond Dialog API outputs (docs/protocols/almond.md "Almond Outputs"; docs/protocols/almond.md §3.1 table, §4.2).

const icon = Type.Optional(
  Type.Union([Type.String(), Type.Null()], {
    description: 'Device kind to use as the icon next to the message (see the Thingpedia icon API), or null.',
  }),
);

export const AlmondTextMessage = Type.Object(
  { type: Type.Literal('text'), text: Type.String(), icon },
  { $id: 'almond.TextMessage', description: 'A text message to display or speak.' },
);
export type AlmondTextMessage = Static<typeof AlmondTextMessage>;

export const AlmondPictureMessage = Type.Object(
  { type: Type.Literal('picture'), url: Type.String(), icon },
  { $id: 'almond.PictureMessage', description: 'A single picture.' },
);
export type AlmondPictureMessage = Static<typeof AlmondPictureMessage>;

export const AlmondRdlMessage = Type.Object(
  {
    type: Type.Literal('rdl'),
    rdl: Type.Object({
      webCallback: Type.String({ description: 'The URL of the link.' }),
      displayTitle: Type.Optional(Type.String()),
      displayText: Type.Optional(Type.String()),
      callback: Type.Optional(Type.String()),
      pictureUrl: Type.Optional(Type.String()),
    }),
    icon,
  },
  { $id: 'almond.RdlMessage', description: 'A web link with optional title and description (rendered as a link).' },
);
export type AlmondRdlMessage = Static<typeof AlmondRdlMessage>;

export const AlmondResultMessage = Type.Object(
  {
    type: Type.Literal('result'),
    result: inline(AlmondFormattedObject),
    fallback: Type.String({ description: 'A textual rendering for clients that cannot show the object.' }),
    icon,
  },
  { $id: 'almond.ResultMessage', description: 'A formatted result object with a textual fallback (almond 1.8).' },
);
export type AlmondResultMessage = Static<typeof AlmondResultMessage>;

export const AlmondButtonMessage = Type.Object(
  { type: Type.Literal('button'), title: Type.String(), json: parsedCommandField },
  {
    $id: 'almond.ButtonMessage',
    description: 'A suggested pre-parsed command (object or JSON text); send it back as a `parsed` input.',
  },
);
export type AlmondButtonMessage = Static<typeof AlmondButtonMessage>;

export const AlmondChoiceMessage = Type.Object(
  {
    type: Type.Literal('choice'),
    idx: Type.Number({ description: 'Index of this choice (clients must not rely on its value).' }),
    title: Type.String(),
    text: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  },
  { $id: 'almond.ChoiceMessage', description: 'One of several contextual choices, followed by askSpecial `choice`.' },
);
export type AlmondChoiceMessage = Static<typeof AlmondChoiceMessage>;

const linkTarget = Type.String({
  description: 'Relative URL inside Almond, e.g. /apps or /devices/oauth2/$kind?name=$name.',
});

/** The seed names the URL `link`, almond-cloud 1.8 names it `url`; Parley sends both. */
export const AlmondLinkMessage = Type.Union(
  [
    Type.Object({ type: Type.Literal('link'), title: Type.String(), link: linkTarget, url: Type.Optional(linkTarget) }),
    Type.Object({ type: Type.Literal('link'), title: Type.String(), url: linkTarget, link: Type.Optional(linkTarget) }),
  ],
  {
    $id: 'almond.LinkMessage',
    description: 'A button leading outside the conversation (e.g. device configuration); URL in `link` and/or `url`.',
  },
);
export type AlmondLinkMessage = Static<typeof AlmondLinkMessage>;

/** Every value of askSpecial `ask` other than null (almond-dialog-agent ValueCategory.toAskSpecial). */
export const askSpecialValues = [
  'yesno',
  'location',
  'picture',
  'phone_number',
  'email_address',
  'contact',
  'number',
  'date',
  'time',
  'raw_string',
  'password',
  'choice',
  'command',
  'generic',
] as const;

export const AlmondAskValue = Type.Union([Type.Null(), Type.Enum(askSpecialValues)], {
  $id: 'almond.AskValue',
  description: 'What Almond is waiting for: null ends the round; otherwise the kind of answer expected.',
});
export type AlmondAskValue = Static<typeof AlmondAskValue>;

export const AlmondAskSpecialMessage = Type.Object(
  { type: Type.Literal('askSpecial'), ask: inline(AlmondAskValue) },
  { $id: 'almond.AskSpecialMessage', description: 'Ends every round: what Almond expects next (null = nothing).' },
);
export type AlmondAskSpecialMessage = Static<typeof AlmondAskSpecialMessage>;

export const AlmondErrorMessage = Type.Object(
  { type: Type.Literal('error'), error: Type.String(), code: Type.Optional(Type.String()) },
  { $id: 'almond.ErrorMessage', description: 'A protocol error on the conversation socket (bad JSON, unknown type).' },
);
export type AlmondErrorMessage = Static<typeof AlmondErrorMessage>;

/** Any message the server sends on the conversation WebSocket. */
export const AlmondMessage = Type.Union(
  [
    inline(AlmondTextMessage),
    inline(AlmondPictureMessage),
    inline(AlmondRdlMessage),
    inline(AlmondResultMessage),
    inline(AlmondButtonMessage),
    inline(AlmondChoiceMessage),
    inline(AlmondLinkMessage),
    inline(AlmondAskSpecialMessage),
    inline(AlmondErrorMessage),
  ],
  { $id: 'almond.Message', description: 'A server-to-client conversation message, discriminated by `type`.' },
);
export type AlmondMessage = Static<typeof AlmondMessage>;
