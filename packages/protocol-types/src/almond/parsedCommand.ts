import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';

// Almond Dialog API (docs/protocols/almond.md, "Format of Almond parsed commands"); slots/slotTypes/example_id are optional
// as in almond-dialog-agent 1.8 handleParsedCommand (docs/protocols/almond.md §4.1).
const nnCommand = Type.Object(
  {
    code: Type.Array(Type.String(), {
      description:
        'A ThingTalk program in pre-tokenized (NN) form, or a bookkeeping intent, e.g. ["bookkeeping","special","special:help"].',
    }),
    entities: Type.Record(Type.String(), Type.Unknown(), {
      description: 'The concrete values used by the code, keyed by placeholder (e.g. "QUOTED_STRING_0": "lol").',
    }),
    example_id: Type.Optional(
      Type.Number({ description: 'ID of the example command this button came from (popularity tracking).' }),
    ),
    slots: Type.Optional(
      Type.Array(Type.String(), { description: 'Parameters replaced by SLOT specifications in the code.' }),
    ),
    slotTypes: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description: 'ThingTalk type of every parameter replaced by the SLOT syntax.',
      }),
    ),
  },
  { description: 'A parsed command in NN syntax.' },
);

const specialId = Type.String({
  pattern: '^tt:root\\.special\\.[A-Za-z_]+$',
  description: 'A special intent identifier, e.g. "tt:root.special.yes" (≙ special:yes).',
});

// docs/protocols/almond.md "Useful special commands"; before almond-dialog-agent ceb8269 `special` could also be the bare id string.
const legacySpecial = Type.Object(
  { special: Type.Union([Type.Object({ id: specialId }), specialId]) },
  { description: 'The old JSON special command, e.g. {"special":{"id":"tt:root.special.yes"}}.' },
);

// The same old parser read answers as {"answer":{"type":"Choice","value":N}} (≙ bookkeeping choice N);
// docs/protocols/almond.md §1.
const legacyAnswer = Type.Object(
  { answer: Type.Object({ type: Type.String({ description: 'Value type, e.g. Choice.' }), value: Type.Unknown() }) },
  { description: 'The old JSON answer, e.g. {"answer":{"type":"Choice","value":0}}.' },
);

/** An Almond parsed command: NN code with entities, or the old `{"special":{"id":…}}` / `{"answer":…}` forms. */
export const AlmondParsedCommand = Type.Union([nnCommand, legacySpecial, legacyAnswer], {
  $id: 'almond.ParsedCommand',
  description:
    'An Almond parsed command: NN-syntax `code` tokens with `entities` (optional `slots`, `slotTypes`, `example_id`), or the legacy {"special":{"id":"tt:root.special.X"}} and {"answer":{"type":"Choice","value":N}} forms.',
});
export type AlmondParsedCommand = Static<typeof AlmondParsedCommand>;

/**
 * The `json` field of `parsed` inputs and `button` messages: the parsed command, or its JSON text (almond-cloud
 * accepts both; older agents sent buttons as JSON strings such as '{"special":{"id":"tt:root.special.more"}}').
 */
export const parsedCommandField = Type.Union([
  inline(AlmondParsedCommand),
  Type.String({ description: 'The parsed command as JSON text.' }),
]);
