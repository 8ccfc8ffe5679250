// /me/api/devices/list and /devices/create (reference/almond.md §2.3).
import type { FastifyPluginAsync } from 'fastify';
import { type DeviceConfig, type DeviceStore, UnknownKindError } from '../devices/deviceStore.js';
import { badRequest, invalidContentType } from '../http/AlmondApiError.js';
import { callerOf } from './apiCaller.js';
import { requireScope } from './bearerAuth.js';

const listEntry = (device: { uniqueId: string; name: string; description: string; kind: string }) => ({
  uniqueId: device.uniqueId,
  name: device.name,
  description: device.description,
  kind: device.kind,
  ownerTier: 'global',
});

export const deviceRoutes: FastifyPluginAsync<{ devices: DeviceStore }> = async (api, { devices }) => {
  api.get('/devices/list', async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'user-read');
    return (await devices.list(caller.userId)).map(listEntry);
  });

  api.post('/devices/create', async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'user-exec-command');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw invalidContentType();
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('missing or invalid parameter kind', 'EINVAL');
    const { kind, ...fields } = body as Record<string, unknown>;
    if (typeof kind !== 'string' || kind === '') throw badRequest('missing or invalid parameter kind', 'EINVAL');
    const config: DeviceConfig = {};
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw badRequest(`missing or invalid parameter ${name}`, 'EINVAL');
      config[name] = value;
    }
    try {
      return listEntry(await devices.add(caller.userId, kind, config));
    } catch (error) {
      if (error instanceof UnknownKindError) throw badRequest(error.message, 'EINVAL');
      throw error;
    }
  });
};
