// GET /me/api/parse?q= (scope user-read). `q` is capped like command text (reference silent; the parser's time grows
// with the sentence): over MAX_COMMAND_LENGTH characters → 400 `{error, code:"E2BIG"}`.
import type { AlmondNluFactory } from '@parley/dialog-engine/almond';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlmondParseResponse } from '@parley/protocol-types';
import { loadRecognizers } from '@parley/nlu';
import type { FastifyPluginAsync } from 'fastify';
import { COMMAND_TOO_LONG, MAX_COMMAND_LENGTH } from '../conversation/readClientInput.js';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import { badRequest } from '../http/AlmondApiError.js';
import { replySchemas } from '../http/replySchemas.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { callerOf } from './apiCaller.js';
import { requireScope } from './bearerAuth.js';
import { classifyCommand, commandClassifier } from './commandClassifier.js';
import { parseCommand } from './parseCommand.js';
import { queryEntities } from './queryEntities.js';

interface ParseRoutesOptions {
  nlu: AlmondNluFactory;
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  users: UserStore;
}

export const parseRoutes: FastifyPluginAsync<ParseRoutesOptions> = async (fastify, { nlu, catalog, devices, users }) => {
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  api.get<{ Querystring: { q?: string; target_json?: string } }>('/parse', { schema: { response: replySchemas({ 200: AlmondParseResponse }) } }, async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'user-read');
    const { q, target_json: targetJson } = request.query;
    if (typeof targetJson === 'string' && targetJson !== '') {
      // almond-cloud 1.8 passes target_json through unparsed (reference §2.4)
      return { tokens: [], entities: {}, candidates: [{ score: 'Infinity', code: targetJson, commandClass: 'rule', devices: {}, locations: {}, times: {} }] };
    }
    if (typeof q !== 'string' || q.trim() === '') throw badRequest('Missing query', 'EINVAL');
    if (q.length > MAX_COMMAND_LENGTH) throw badRequest(`Query too long (at most ${MAX_COMMAND_LENGTH} characters)`, COMMAND_TOO_LONG);
    // The entities and the NLU read numbers and dates with the recognizers-text suite, loaded by the first parse.
    await loadRecognizers();
    const now = Date.now();
    const { tokens, entities, found } = queryEntities(q, { now });
    return {
      tokens,
      entities,
      candidates: await parseCommand(q, caller.userId, {
        nlu: nlu({ now }),
        classified: classifyCommand(commandClassifier(catalog), tokens, found),
        catalog,
        devices,
        preferences: (await users.byId(caller.userId))?.preferences ?? {},
        origin: request.server.publicOrigin(),
      }),
    };
  });
};
