import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { KalliopeDeafRequest, KalliopeDeafStatus, KalliopeMuteRequest, KalliopeMuteStatus } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';
import { replySchemas } from '../http/replySchemas.js';
import { parseFlag } from '../http/kalliopeMapping.js';
import { parseJsonRequest, type RouteContext } from './routeContext.js';

/**
 * The switches: 0.5's `/mute` is the trigger (hotword) switch, which 0.7 renamed `/settings/deaf`; 0.7's
 * `/settings/mute` silences the TTS. The trigger only exists when the brain has an order signal. A switch is set by
 * a JSON body with its key (any value: parseFlag), checked by the route's schema (refusedRequest.ts).
 */
export function switchRoutes({ service, brain }: RouteContext) {
  return (fastify: FastifyInstance): Promise<void> => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const mute = { schema: { response: replySchemas({ 200: KalliopeMuteStatus }) } };
    const deaf = { schema: { response: replySchemas({ 200: KalliopeDeafStatus }) } };
    const setMute = { preValidation: parseJsonRequest, schema: { body: KalliopeMuteRequest, ...mute.schema } };
    const setDeaf = { preValidation: parseJsonRequest, schema: { body: KalliopeDeafRequest, ...deaf.schema } };
    app.get('/mute', mute, async () => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.muteStatusUnknown();
      return { mute: await service.getSwitch('deaf') };
    });

    app.post('/mute', setMute, async (request) => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchMute();
      await service.setSwitch('deaf', parseFlag(request.body.mute));
      return { mute: await service.getSwitch('deaf') };
    });

    app.get('/settings/mute', mute, async () => ({ mute: await service.getSwitch('mute') }));

    app.post('/settings/mute', setMute, async (request) => {
      await service.setSwitch('mute', parseFlag(request.body.mute));
      return { mute: await service.getSwitch('mute') };
    });

    app.get('/settings/deaf', deaf, async () => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchDeaf();
      return { deaf: await service.getSwitch('deaf') };
    });

    app.post('/settings/deaf', setDeaf, async (request) => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchDeaf();
      await service.setSwitch('deaf', parseFlag(request.body.deaf));
      return { deaf: await service.getSwitch('deaf') };
    });
    return Promise.resolve();
  };
}
