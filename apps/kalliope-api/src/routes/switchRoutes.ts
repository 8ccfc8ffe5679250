import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { KalliopeDeafStatus, KalliopeMuteStatus } from '@parley/protocol-types';
import type { FastifyInstance } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliopeErrors.js';
import { replySchemas } from '../http/replySchemas.js';
import { parseFlag, readJsonBody } from '../http/kalliopeMapping.js';
import { rawBody, type RouteContext } from './routeContext.js';

/**
 * The switches: 0.5's `/mute` is the trigger (hotword) switch, which 0.7 renamed `/settings/deaf`; 0.7's
 * `/settings/mute` silences the TTS. The trigger only exists when the brain has an order signal.
 */
export function switchRoutes({ service, brain }: RouteContext) {
  return (fastify: FastifyInstance): Promise<void> => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const mute = { schema: { response: replySchemas({ 200: KalliopeMuteStatus }) } };
    const deaf = { schema: { response: replySchemas({ 200: KalliopeDeafStatus }) } };
    app.get('/mute', mute, async () => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.muteStatusUnknown();
      return { mute: await service.getSwitch('deaf') };
    });

    app.post('/mute', mute, async (request) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      if (!('mute' in body)) throw KALLIOPE_ERRORS.muteNotSet();
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchMute();
      await service.setSwitch('deaf', parseFlag(body['mute']));
      return { mute: await service.getSwitch('deaf') };
    });

    app.get('/settings/mute', mute, async () => ({ mute: await service.getSwitch('mute') }));

    app.post('/settings/mute', mute, async (request) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      if (!('mute' in body)) throw KALLIOPE_ERRORS.muteNotSet();
      await service.setSwitch('mute', parseFlag(body['mute']));
      return { mute: await service.getSwitch('mute') };
    });

    app.get('/settings/deaf', deaf, async () => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchDeaf();
      return { deaf: await service.getSwitch('deaf') };
    });

    app.post('/settings/deaf', deaf, async (request) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      if (!('deaf' in body)) throw KALLIOPE_ERRORS.deafNotSet();
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchDeaf();
      await service.setSwitch('deaf', parseFlag(body['deaf']));
      return { deaf: await service.getSwitch('deaf') };
    });
    return Promise.resolve();
  };
}
