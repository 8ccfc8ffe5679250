import type { FastifyInstance } from 'fastify';
import { KALLIOPE_ERRORS } from '../http/kalliope-errors.js';
import { parseFlag, readJsonBody } from '../http/kalliope-mapping.js';
import { rawBody, type RouteContext } from './route-context.js';

/**
 * The switches: 0.5's `/mute` is the trigger (hotword) switch, which 0.7 renamed `/settings/deaf`; 0.7's
 * `/settings/mute` silences the TTS. The trigger only exists when the brain has an order signal.
 */
export function switchRoutes({ service, brain }: RouteContext) {
  return (app: FastifyInstance): Promise<void> => {
    app.get('/mute', async () => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.muteStatusUnknown();
      return { mute: await service.getSwitch('deaf') };
    });

    app.post('/mute', async (request) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      if (!('mute' in body)) throw KALLIOPE_ERRORS.muteNotSet();
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchMute();
      await service.setSwitch('deaf', parseFlag(body['mute']));
      return { mute: await service.getSwitch('deaf') };
    });

    app.get('/settings/mute', async () => ({ mute: await service.getSwitch('mute') }));

    app.post('/settings/mute', async (request) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      if (!('mute' in body)) throw KALLIOPE_ERRORS.muteNotSet();
      await service.setSwitch('mute', parseFlag(body['mute']));
      return { mute: await service.getSwitch('mute') };
    });

    app.get('/settings/deaf', async () => {
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchDeaf();
      return { deaf: await service.getSwitch('deaf') };
    });

    app.post('/settings/deaf', async (request) => {
      const body = readJsonBody(request.headers['content-type'], rawBody(request));
      if (!('deaf' in body)) throw KALLIOPE_ERRORS.deafNotSet();
      if (!brain.hasOrderSignal()) throw KALLIOPE_ERRORS.cannotSwitchDeaf();
      await service.setSwitch('deaf', parseFlag(body['deaf']));
      return { deaf: await service.getSwitch('deaf') };
    });
    return Promise.resolve();
  };
}
