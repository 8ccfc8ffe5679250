import Type, { type Static } from 'typebox';

// ThingTalk 1.x formatter objects (docs/protocols/almond.md §5 "Formatter", §2.5): `text` formats become plain strings;
// `picture`, `rdl`, `map`, `sound` and `media` become objects. docs/protocols/almond.md shows rdl objects with flat fields.

const rdlObject = Type.Object({
  type: Type.Literal('rdl'),
  webCallback: Type.String({ description: 'The URL of the link.' }),
  displayTitle: Type.Optional(Type.String()),
  displayText: Type.Optional(Type.String()),
  callback: Type.Optional(Type.String()),
  pictureUrl: Type.Optional(Type.String()),
});

const pictureObject = Type.Object({
  type: Type.Literal('picture'),
  url: Type.String({ description: 'The URL of the picture.' }),
});

const otherObject = Type.Object(
  { type: Type.Enum(['map', 'sound', 'media']) },
  {
    description: 'A map, sound or media object, with the fields its Thingpedia format declares.',
    additionalProperties: true,
  },
);

/** One formatted result object, as produced by the ThingTalk formatter. */
export const AlmondFormattedObject = Type.Union([rdlObject, pictureObject, otherObject], {
  $id: 'almond.FormattedObject',
  description: 'A formatted result object: `rdl` (link), `picture`, or a `map`/`sound`/`media` object.',
});
export type AlmondFormattedObject = Static<typeof AlmondFormattedObject>;
