import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';

// /me/api/devices/* (docs/protocols/almond.md "Endpoint: /devices/list"; docs/protocols/almond.md §2.3).

export const AlmondDevice = Type.Object(
  {
    uniqueId: Type.String(),
    name: Type.String(),
    description: Type.String(),
    kind: Type.String({ description: 'Thingpedia class of the device, e.g. com.bing.' }),
    ownerTier: Type.String({ description: 'Which engine tier owns the device, e.g. "global".' }),
  },
  { $id: 'almond.Device', description: 'A configured Thingpedia device.' },
);
export type AlmondDevice = Static<typeof AlmondDevice>;

export const AlmondDeviceList = Type.Array(inline(AlmondDevice), {
  $id: 'almond.DeviceList',
  description: 'Answer of GET /me/api/devices/list (no order is guaranteed).',
});
export type AlmondDeviceList = Static<typeof AlmondDeviceList>;

export const AlmondDeviceCreateRequest = Type.Object(
  { kind: Type.String({ minLength: 1 }) },
  {
    $id: 'almond.DeviceCreateRequest',
    description: 'Body of POST /me/api/devices/create (almond 1.8): `kind` plus the scalar configuration fields.',
    additionalProperties: Type.Union([Type.String(), Type.Number(), Type.Boolean()]),
  },
);
export type AlmondDeviceCreateRequest = Static<typeof AlmondDeviceCreateRequest>;
