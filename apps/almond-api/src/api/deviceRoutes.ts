// /me/api/devices/list and /devices/create (docs/protocols/almond.md §2.3). A created device keeps only the fields its
// kind's configuration form declares: set-up-free kinds take none, and OAuth kinds are set up through their OAuth
// flow only — otherwise a user could store `baseUrl`, `apiKey` or `accessToken` values that the device plugin
// would use (making the server fetch addresses of the user's choosing).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlmondDevice, AlmondDeviceCreateRequest, AlmondDeviceList } from '@parley/protocol-types';
import type { FastifyPluginAsync } from 'fastify';
import { type DeviceConfig, type DeviceStore, UnknownKindError } from '../devices/deviceStore.js';
import { badRequest } from '../http/AlmondApiError.js';
import { replySchemas } from '../http/replySchemas.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { configFields } from '../thingpedia/configFields.js';
import { callerOf } from './apiCaller.js';
import { requireScope } from './bearerAuth.js';
import { routeGuard } from './routeGuard.js';

const listEntry = (device: { uniqueId: string; name: string; description: string; kind: string }): AlmondDevice => ({
  uniqueId: device.uniqueId,
  name: device.name,
  description: device.description,
  kind: device.kind,
  ownerTier: 'global',
});

/** The field names a client may set on a device of `kind`; undefined when the kind is not created here. */
function settableFields(catalog: ThingpediaCatalog, kind: string): Set<string> | undefined {
  const entry = catalog.get(kind);
  if (entry === undefined || entry.setup === 'builtin') return undefined;
  if (entry.setup === 'oauth2') throw badRequest(`Device kind ${kind} is set up through its OAuth flow (/devices/oauth2/${kind})`, 'EINVAL');
  return new Set(entry.setup === 'form' ? configFields(entry.classDef).map((field) => field.name) : []);
}

export const deviceRoutes: FastifyPluginAsync<{ devices: DeviceStore; catalog: ThingpediaCatalog }> = async (fastify, { devices, catalog }) => {
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  api.get('/devices/list', { schema: { response: replySchemas({ 200: AlmondDeviceList }) } }, async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'user-read');
    return (await devices.list(caller.userId)).map(listEntry);
  });

  const create = { preValidation: routeGuard('user-exec-command', 'json'), schema: { body: AlmondDeviceCreateRequest, response: replySchemas({ 200: AlmondDevice }) } };
  api.post('/devices/create', create, async (request) => {
    const caller = callerOf(request);
    // The schema has checked `kind` (a non-empty string) and that every other field is a scalar.
    const { kind, ...fields } = request.body;
    const config: DeviceConfig = {};
    const settable = settableFields(catalog, kind);
    for (const [name, value] of Object.entries(fields)) {
      if (settable !== undefined && !settable.has(name)) throw badRequest(`Device kind ${kind} has no parameter ${name}`, 'EINVAL');
      config[name] = value as DeviceConfig[string]; // a scalar: the schema's additionalProperties
    }
    try {
      return listEntry(await devices.add(caller.userId, kind, config));
    } catch (error) {
      if (error instanceof UnknownKindError) throw badRequest(error.message, 'EINVAL');
      throw error;
    }
  });
};
