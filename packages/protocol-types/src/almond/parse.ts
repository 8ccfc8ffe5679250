import Type, { type Static } from 'typebox';

// GET /me/api/parse (docs/protocols/almond.md "Endpoint: /parse"; docs/protocols/almond.md §2.4).

export const AlmondParseQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ description: 'The sentence to parse.' })),
    target_json: Type.Optional(Type.String({ description: 'An already parsed command, as JSON text.' })),
  },
  { $id: 'almond.ParseQuery', description: 'Query string of GET /me/api/parse: `q` or `target_json`.' },
);
export type AlmondParseQuery = Static<typeof AlmondParseQuery>;

const parseDevice = Type.Object({
  uniqueId: Type.String(),
  name: Type.String(),
  description: Type.String(),
  kind: Type.String(),
  icon: Type.String({ description: 'URL of the device icon.' }),
});

const deviceFactory = Type.Object(
  { type: Type.String({ description: 'Configuration kind: oauth2, form, none, discovery, multiple…' }) },
  {
    description: 'A Thingpedia device factory: how to configure a device of this kind (none is configured).',
    additionalProperties: true,
  },
);

const candidate = Type.Object({
  score: Type.Union([Type.Number(), Type.Literal('Infinity')], {
    description: 'Confidence; the string "Infinity" for an exact match.',
  }),
  code: Type.String({ description: 'The candidate program in ThingTalk.' }),
  commandClass: Type.Enum(['trigger', 'query', 'action', 'rule']),
  devices: Type.Record(Type.String(), Type.Union([parseDevice, Type.Array(parseDevice), deviceFactory]), {
    description:
      'Per primitive (p_0, p_1…): the assigned device (object), the devices to choose from (array), or a factory.',
  }),
  locations: Type.Record(Type.String(), Type.Boolean(), {
    description: 'Which $context.location values the program uses, e.g. {"home":true}.',
  }),
  times: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
});

export const AlmondParseResponse = Type.Object(
  {
    tokens: Type.Array(Type.String()),
    entities: Type.Record(Type.String(), Type.Unknown()),
    candidates: Type.Array(candidate, { description: 'Up to three candidate programs, best first.' }),
  },
  { $id: 'almond.ParseResponse', description: 'Answer of GET /me/api/parse: tokens, entities and candidate programs.' },
);
export type AlmondParseResponse = Static<typeof AlmondParseResponse>;
