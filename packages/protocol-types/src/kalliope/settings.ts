import Type, { type Static } from 'typebox';

// Version and mute/deaf switches (docs/protocols/kalliope.md "Get Kalliope's version", "Get mute status", "Switch mute status";
// docs/protocols/kalliope.md §5.2: /mute in 0.5, /settings/mute and /settings/deaf in 0.7).

export const KalliopeVersion = Type.Object(
  { 'Kalliope version': Type.String({ description: 'E.g. "0.5.0".' }) },
  { $id: 'kalliope.Version', description: 'Answer of GET /: {"Kalliope version": "…"}.' },
);
export type KalliopeVersion = Static<typeof KalliopeVersion>;

// Any JSON value is accepted: only its presence is required.
const flag = Type.Unknown({ description: 'true, "true", "True", "1" (and 1) mean true; any other value false.' });

export const KalliopeMuteStatus = Type.Object(
  { mute: Type.Boolean() },
  { $id: 'kalliope.MuteStatus', description: 'Answer of GET/POST /mute and /settings/mute.' },
);
export type KalliopeMuteStatus = Static<typeof KalliopeMuteStatus>;

export const KalliopeMuteRequest = Type.Object(
  { mute: flag },
  { $id: 'kalliope.MuteRequest', description: 'Body of POST /mute and POST /settings/mute, e.g. {"mute": "True"}.' },
);
export type KalliopeMuteRequest = Static<typeof KalliopeMuteRequest>;

export const KalliopeDeafStatus = Type.Object(
  { deaf: Type.Boolean() },
  { $id: 'kalliope.DeafStatus', description: 'Answer of GET/POST /settings/deaf (hotword trigger paused).' },
);
export type KalliopeDeafStatus = Static<typeof KalliopeDeafStatus>;

export const KalliopeDeafRequest = Type.Object(
  { deaf: flag },
  { $id: 'kalliope.DeafRequest', description: 'Body of POST /settings/deaf, e.g. {"deaf": "True"}.' },
);
export type KalliopeDeafRequest = Static<typeof KalliopeDeafRequest>;
