import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { parsedCommandField } from './parsedCommand.js';

// Almond Dialog API inputs (docs/protocols/almond.md "Input Modalities"; docs/protocols/almond.md §3.1).

/** Raw text typed or spoken by the user. */
export const AlmondCommandInput = Type.Object(
  { type: Type.Literal('command'), text: Type.String({ description: 'The unmodified textual command.' }) },
  { $id: 'almond.CommandInput', description: 'Text input: the unmodified command of the user.' },
);
export type AlmondCommandInput = Static<typeof AlmondCommandInput>;

/** A pre-parsed command (for example a clicked button). */
export const AlmondParsedInput = Type.Object(
  {
    type: Type.Literal('parsed'),
    json: parsedCommandField,
    title: Type.Optional(Type.String({ description: 'The natural-language form of the command.' })),
  },
  { $id: 'almond.ParsedInput', description: 'Pre-parsed command input; `json` is an object or its JSON text.' },
);
export type AlmondParsedInput = Static<typeof AlmondParsedInput>;

const thingTalkSource = Type.String({ description: 'A ThingTalk program.' });

/** A ThingTalk program: the seed's example uses `tt`, its prose and almond-cloud 1.8 use `code`; both are accepted. */
export const AlmondThingTalkInput = Type.Union(
  [
    Type.Object({ type: Type.Literal('tt'), code: thingTalkSource, tt: Type.Optional(thingTalkSource) }),
    Type.Object({ type: Type.Literal('tt'), tt: thingTalkSource, code: Type.Optional(thingTalkSource) }),
  ],
  {
    $id: 'almond.ThingTalkInput',
    description: 'ThingTalk code input; the program is in `code` (almond-cloud 1.8) or `tt` (seed example).',
  },
);
export type AlmondThingTalkInput = Static<typeof AlmondThingTalkInput>;

/** Any message a client sends on the conversation WebSocket. */
export const AlmondInput = Type.Union(
  [inline(AlmondCommandInput), inline(AlmondParsedInput), inline(AlmondThingTalkInput)],
  { $id: 'almond.Input', description: 'A client-to-server conversation message: `command`, `parsed` or `tt`.' },
);
export type AlmondInput = Static<typeof AlmondInput>;
