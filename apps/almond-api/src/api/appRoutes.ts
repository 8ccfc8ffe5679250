// /me/api/apps/create, /apps/list, /apps/get/:id, /apps/delete/:id (docs/protocols/almond.md §2.3, §2.5).
import { randomUUID } from 'node:crypto';
import { prepareProgram } from '@parley/dialog-engine';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlmondApp, AlmondAppList, AlmondAppsCreateRequest, AlmondAppsCreateResponse, AlmondAppsDeleteResponse } from '@parley/protocol-types';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import { badRequest, notFound } from '../http/AlmondApiError.js';
import { replySchemas } from '../http/replySchemas.js';
import type { AppRunner } from '../programs/appRunner.js';
import type { AppStore, StoredApp } from '../programs/appStore.js';
import { ProgramError } from '../programs/programError.js';
import { mergePreferences } from '../programs/userContext.js';
import { iconUrl, type ThingpediaCatalog } from '../thingpedia/catalog.js';
import { callerOf } from './apiCaller.js';
import { requireScope } from './bearerAuth.js';
import { routeGuard } from './routeGuard.js';

interface AppRoutesOptions {
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  users: UserStore;
  apps: AppStore;
  runner: AppRunner;
}

/** The icon of a kind as an absolute URL on this server (the seed shows absolute CDN URLs), at its public origin. */
function iconOf(request: FastifyRequest, kind: string | null): string | null {
  return kind === null ? null : `${request.server.publicOrigin()}${iconUrl(kind)}`;
}

function appJson(request: FastifyRequest, app: StoredApp): AlmondApp {
  return { uniqueId: app.id, description: app.description, error: app.error, code: app.code, icon: iconOf(request, app.icon) };
}

/** almond-cloud checks `code` only; `locations` and `times` are read leniently (mergePreferences keeps valid entries). */
const createBody = Type.Pick(AlmondAppsCreateRequest, ['code']);

export const appRoutes: FastifyPluginAsync<AppRoutesOptions> = async (fastify, { catalog, devices, users, apps, runner }) => {
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const create = { preValidation: routeGuard('user-exec-command', 'json'), schema: { body: createBody, response: replySchemas({ 200: AlmondAppsCreateResponse }) } };
  api.post('/apps/create', create, async (request) => {
    const caller = callerOf(request);
    const body: Record<string, unknown> & { code: string } = request.body;
    if (body.locations !== undefined || body.times !== undefined) {
      const user = await users.byId(caller.userId);
      if (user !== undefined) await users.update(user.id, { preferences: mergePreferences(user.preferences, body.locations, body.times) });
    }
    const prepared = prepareProgram(body.code, { classes: catalog.schemas, devices: await devices.list(caller.userId), catalog: catalog.kinds() });
    if (!prepared.ok) throw badRequest(prepared.error);
    for (const kind of prepared.add) await devices.add(caller.userId, kind);
    const { ready, description } = prepared;
    const uniqueId = `uuid-${randomUUID()}`;
    const head = { uniqueId, description, code: ready.code, icon: iconOf(request, ready.iconKind) };
    if (ready.longRunning) {
      await runner.start({ id: uniqueId, userId: caller.userId, code: ready.code, description, icon: ready.iconKind }, ready.program).catch((error: unknown) => {
        throw error instanceof ProgramError ? badRequest(error.message) : error;
      });
      return { ...head, results: [], errors: [] };
    }
    const outcome = await runner.runOnce(caller.userId, ready.program);
    return { ...head, results: outcome.results, errors: outcome.errors };
  });

  api.get('/apps/list', { schema: { response: replySchemas({ 200: AlmondAppList }) } }, async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'user-read');
    return (await apps.list(caller.userId)).map((app) => appJson(request, app));
  });

  api.get<{ Params: { id: string } }>('/apps/get/:id', { schema: { response: replySchemas({ 200: AlmondApp }) } }, async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'user-read');
    const app = await apps.get(caller.userId, request.params.id);
    if (app === undefined) throw notFound();
    return appJson(request, app);
  });

  // POST in almond-cloud 1.8; the seed's example uses GET, so both are accepted.
  const remove = async (request: FastifyRequest<{ Params: { id: string } }>): Promise<AlmondAppsDeleteResponse> => {
    const caller = callerOf(request);
    requireScope(caller, 'user-exec-command');
    if (!(await runner.stop(caller.userId, request.params.id))) throw notFound();
    return { status: 'ok' };
  };
  const removed = { schema: { response: replySchemas({ 200: AlmondAppsDeleteResponse }) } };
  api.post('/apps/delete/:id', removed, remove);
  api.get('/apps/delete/:id', removed, remove);
};
