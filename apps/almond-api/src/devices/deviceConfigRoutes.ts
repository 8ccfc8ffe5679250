// The device set-up pages the dialog links to (docs/protocols/almond.md link URLs): /devices/create lists the kinds,
// /devices/configure/$kind shows and takes a kind's configuration form (set-up-free kinds are added at once).
import type { FastifyPluginAsync } from 'fastify';
import type { SessionStore } from '../accounts/sessionStore.js';
import { replySchemas } from '../http/replySchemas.js';
import { deviceConfigurePage, deviceCreatePage, type KindChoice } from '../pages/devicePages.js';
import type { CatalogKindEntry, ThingpediaCatalog } from '../thingpedia/catalog.js';
import { configFields } from '../thingpedia/configFields.js';
import { checkCsrf, sendPage, sessionOrLogin } from '../web/webSession.js';
import type { DeviceConfig, DeviceStore } from './deviceStore.js';

interface DeviceConfigRoutesOptions {
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  sessions: SessionStore;
}

function choice(entry: CatalogKindEntry): KindChoice | undefined {
  if (entry.setup === 'builtin') return undefined;
  return { kind: entry.kind, name: entry.name, description: entry.description, setup: entry.setup };
}

// The pages are HTML; an unknown kind, and a failure the error handler renders, answer the API's `{error, code}`.
const failures = { schema: { response: replySchemas({}) } };

export const deviceConfigRoutes: FastifyPluginAsync<DeviceConfigRoutesOptions> = async (app, { catalog, devices, sessions }) => {
  app.get('/devices/create', failures, async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/devices/create');
    if (session === undefined) return reply;
    const kinds = catalog.list().flatMap((entry) => choice(entry) ?? []);
    return sendPage(reply, 200, deviceCreatePage(kinds, session.csrfToken));
  });

  app.get<{ Params: { kind: string } }>('/devices/configure/:kind', failures, async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, request.url);
    if (session === undefined) return reply;
    const entry = catalog.get(request.params.kind);
    const kind = entry === undefined ? undefined : choice(entry);
    if (entry === undefined || kind === undefined) return reply.code(404).send({ error: 'Not Found', code: 'ENOENT' });
    return sendPage(reply, 200, deviceConfigurePage(kind, configFields(entry.classDef), session.csrfToken));
  });

  app.post<{ Params: { kind: string }; Body: Record<string, unknown> }>('/devices/configure/:kind', failures, async (request, reply) => {
    const session = await sessionOrLogin(request, reply, sessions, '/devices/create');
    if (session === undefined) return reply;
    const form = request.body ?? {};
    if (!checkCsrf(form, session.csrfToken, reply)) return reply;
    const entry = catalog.get(request.params.kind);
    const kind = entry === undefined ? undefined : choice(entry);
    if (entry === undefined || kind === undefined || kind.setup === 'oauth2') return reply.code(404).send({ error: 'Not Found', code: 'ENOENT' });
    const fields = configFields(entry.classDef);
    const config: DeviceConfig = {};
    for (const field of fields) {
      const value = form[field.name];
      const number = Number(value);
      if (typeof value !== 'string' || value.trim() === '' || (field.type === 'Number' && !Number.isFinite(number))) {
        return sendPage(reply, 400, deviceConfigurePage(kind, fields, session.csrfToken, `Please fill in ${field.name}.`));
      }
      config[field.name] = field.type === 'Number' ? number : value;
    }
    await devices.add(session.userId, entry.kind, config);
    return reply.redirect('/apps', 303);
  });
};
