// GET /me/api/parse?q= (scope user-read). `q` is capped like command text (reference silent; the parser's time grows
// with the sentence): over MAX_COMMAND_LENGTH characters → 400 `{error, code:"E2BIG"}`.
import type { AlmondNluFactory } from '@parley/dialog-engine/almond';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlmondParseQuery, AlmondParseResponse } from '@parley/protocol-types';
import { loadRecognizers } from '@parley/nlu';
import type { FastifyPluginAsync } from 'fastify';
import { COMMAND_TOO_LONG, MAX_COMMAND_LENGTH } from '../conversation/readClientInput.js';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import { badRequest, missingQuery } from '../http/AlmondApiError.js';
import { replySchemas } from '../http/replySchemas.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { callerOf } from './apiCaller.js';
import { routeGuard } from './routeGuard.js';
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
  const parse = {
    preValidation: routeGuard('user-read'),
    // A repeated `q` or `target_json` (an array) is refused by the schema, with the answer of a missing query.
    config: { refusedRequest: missingQuery },
    schema: { querystring: AlmondParseQuery, response: replySchemas({ 200: AlmondParseResponse }) },
  };
  api.get('/parse', parse, async (request) => {
    const caller = callerOf(request);
    const { q, target_json: targetJson } = request.query;
    if (targetJson !== undefined && targetJson !== '') {
      // almond-cloud 1.8 passes target_json through unparsed (reference §2.4)
      return { tokens: [], entities: {}, candidates: [{ score: 'Infinity' as const, code: targetJson, commandClass: 'rule' as const, devices: {}, locations: {}, times: {} }] };
    }
    if (q === undefined || q.trim() === '') throw missingQuery();
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
