import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import { isDatabaseUnavailable, registerHealthCheck, registerMetrics, requestValidationAjv } from '@parley/server-kit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { dirname } from 'node:path';
import { kitPathsOf, type KitPaths } from './brain/kitPaths.js';
import type { Brain } from './brain/synapse.js';
import { templateProblems } from './brain/templateProblems.js';
import { createBasicAuthChecker } from './http/basicAuth.js';
import { KALLIOPE_ERRORS, KalliopeHttpError } from './http/kalliopeErrors.js';
import { refusedRequest } from './http/refusedRequest.js';
import { refuseNulInUrl } from './http/kalliopeMapping.js';
import { registerRateLimits } from './http/rateLimits.js';
import { createRequestChecks } from './http/requestChecks.js';
import { openApiDocument } from './http/openapiDocument.js';
import type { Neuron } from './neurons/neuron.js';
import type { Mixer } from './neurons/volumeNeuron.js';
import { createNeuronRegistry, DIALOG_NEURONS } from './neurons/neuronRegistry.js';
import { audioRoute } from './routes/audioRoute.js';
import { brainEditRoutes } from './routes/brainEditRoutes.js';
import type { NeuronCatalog, RouteContext } from './routes/routeContext.js';
import { methodNotAllowedRoutes } from './routes/methodNotAllowed.js';
import { synapseRoutes } from './routes/synapseRoutes.js';
import { switchRoutes } from './routes/switchRoutes.js';
import { checkBrainNeurons, describeUnknownNeurons, disableSynapsesOf, findUnknownNeurons } from './runtime/checkBrainNeurons.js';
import { KalliopeService } from './runtime/kalliopeService.js';
import { RunningBrain } from './runtime/runningBrain.js';
import { brainWarnings, settingsWarnings } from './runtime/startUpWarnings.js';
import { SpeechService, type SpeechEngines } from './runtime/speechService.js';
import { checkSettingsAgainstBrain } from './settings/loadSettings.js';
import type { KalliopeSettings } from './settings/settings.js';
import type { KalliopeStore } from './db/kalliopeStore.js';

export interface AppDeps {
  readonly brain: Brain;
  readonly settings: KalliopeSettings;
  readonly store: KalliopeStore;
  readonly speech: SpeechEngines;
  /** Neurons from npm packages (see the `Neuron` interface); they may replace core neurons. */
  readonly neurons?: readonly Neuron[];
  /** Fastify/pino logger options; off by default (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** What kill_switch does once its answer is sent; default: close the app. */
  readonly onKillSwitch?: () => void;
  readonly random?: () => number;
  readonly clock?: () => Date;
  /**
   * Host names the server answers to besides the loopback names and IP literals (`KALLIOPE_ALLOWED_HOSTS` and the
   * listening `HOST`); `*` turns the check off. Other `Host` headers get 400 (DNS rebinding).
   */
  readonly allowedHosts?: readonly string[];
  /** `KALLIOPE_URI_ALLOWED`: hosts and URL prefixes the uri neuron may call (neurons/uriTargets.ts); none by default. */
  readonly uriTargets?: readonly string[];
  /** Where `play` and `ansible_playbook` look files up (KALLIOPE_HOME); default the brain file's folder. */
  readonly kit?: KitPaths;
  /** What the `volume` neuron changes; ALSA's amixer by default. */
  readonly mixer?: Mixer;
}

/** Swaps in a new brain and settings (SIGHUP); throws a ConfigError and keeps the old ones when they are invalid. */
export type Reload = (brain: Brain, settings: KalliopeSettings) => void;

declare module 'fastify' {
  interface FastifyInstance {
    kalliope: { readonly service: KalliopeService; readonly reload: Reload };
  }
}

/** The Kalliope REST server, ready to `listen` or `inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const kit = deps.kit ?? kitPathsOf(dirname(deps.brain.file));
  const neuronsFor = (settings: KalliopeSettings) =>
    createNeuronRegistry({
      kit,
      ...(deps.mixer === undefined ? {} : { mixer: deps.mixer }),
      ...(deps.random === undefined ? {} : { random: deps.random }),
      scriptNeurons: settings.scriptNeurons,
      ...(deps.neurons === undefined ? {} : { plugins: deps.neurons }),
      ...(deps.clock === undefined ? {} : { clock: deps.clock }),
      ...(deps.uriTargets === undefined ? {} : { uriTargets: deps.uriTargets }),
    });
  /** The brain as it starts: checked, and with the synapses of unknown neurons disabled when the settings say so. */
  const validate = (brain: Brain, settings: KalliopeSettings): { brain: Brain; unknown: string[] } => {
    const known = neuronsFor(settings);
    checkBrainNeurons(brain, known, settings.unknownNeurons === 'disable');
    checkSettingsAgainstBrain(settings, brain);
    const unknown = findUnknownNeurons(brain.synapses, known);
    return { brain: disableSynapsesOf(brain, unknown), unknown: describeUnknownNeurons(unknown) };
  };
  const initial = validate(deps.brain, deps.settings);

  const app = Fastify({
    logger: deps.logger ?? false,
    requestIdHeader: 'x-request-id',
    ajv: requestValidationAjv,
    // close() ends idle keep-alive connections at once; @parley/server-kit cuts the busy ones after a grace period.
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });
  // Kalliope loads a brain whose templates do not parse and fails at run time; say so at start instead.
  const warnAboutTemplates = (loaded: Brain) => {
    for (const synapse of loaded.synapses) {
      for (const problem of templateProblems(synapse, loaded.templateFiles)) app.log.warn({ file: synapse.file ?? loaded.file, synapse: synapse.name }, problem);
    }
  };
  const warnAboutUnknownNeurons = (unknown: readonly string[]) => {
    if (unknown.length > 0) app.log.warn({ unknownNeurons: unknown }, `synapses disabled (parley.unknown_neurons: disable): ${unknown.join('; ')}`);
  };
  const warnAboutSettings = (settings: KalliopeSettings, loaded: Brain) => {
    for (const warning of [...settingsWarnings(settings), ...brainWarnings(loaded)]) app.log.warn(warning);
  };
  warnAboutTemplates(deps.brain);
  warnAboutUnknownNeurons(initial.unknown);
  warnAboutSettings(deps.settings, deps.brain);
  const brain = new RunningBrain(initial.brain, deps.settings);
  const neurons = new Map(neuronsFor(deps.settings));
  let killSwitchPulled = false;
  const stopServer = () => {
    killSwitchPulled = true;
  };
  const speech = new SpeechService(deps.speech, brain);
  const service = new KalliopeService({
    brain,
    store: deps.store,
    speech,
    neurons,
    log: app.log,
    stopServer,
    ...(deps.random === undefined ? {} : { random: deps.random }),
  });
  const reload: Reload = (nextBrain, nextSettings) => {
    const next = validate(nextBrain, nextSettings);
    warnAboutTemplates(nextBrain);
    warnAboutUnknownNeurons(next.unknown);
    warnAboutSettings(nextSettings, nextBrain);
    brain.replace(next.brain, nextSettings);
    neurons.clear();
    for (const [name, neuron] of neuronsFor(nextSettings)) neurons.set(name, neuron);
  };
  app.decorate('kalliope', { service, reload });

  app.removeAllContentTypeParsers();
  const keepText = (_request: FastifyRequest, body: string | Buffer, done: (error: null, body: string | Buffer) => void) => done(null, body);
  app.addContentTypeParser('*', { parseAs: 'string' }, keepText);
  // The same for JSON, named: Fastify keeps the parser it found for a named type, and looks the catch-all up anew
  // (parsing the Content-Type header) on every request.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, keepText);
  await app.register(multipart, { limits: { fileSize: 25 * 1024 * 1024, files: 1 } });
  await app.register(cors, {
    origin: (origin, callback) => {
      const allowed = brain.settings.restApi.allowedCorsOrigin;
      const list = allowed === false ? [] : typeof allowed === 'string' ? [allowed] : allowed;
      callback(null, origin !== undefined && (list.includes('*') || list.includes(origin)));
    },
  });

  const limits = await registerRateLimits(app, () => brain.settings.rateLimits);
  const checkRequest = createRequestChecks({ settings: () => brain.settings, limits, basicAuth: createBasicAuthChecker(), allowedHosts: deps.allowedHosts ?? [] });
  // One hook for the checks every request goes through (http/requestChecks.ts); a promise only when a rate-limit
  // store had to be asked.
  app.addHook('onRequest', (request, _reply, done) => {
    let pending: Promise<void> | undefined;
    try {
      pending = checkRequest(request);
    } catch (error) {
      done(error as KalliopeHttpError);
      return;
    }
    if (pending === undefined) done();
    else pending.then(() => done(), (error: unknown) => done(error as KalliopeHttpError));
  });
  // Hooks with nothing to wait for take Fastify's callback form: no promise per request.
  app.addHook('preHandler', (request, _reply, done) => {
    try {
      refuseNulInUrl(request.url, request.params, request.query);
    } catch (error) {
      done(error as KalliopeHttpError);
      return;
    }
    done();
  });
  app.addHook('onResponse', (_request, _reply, done) => {
    if (killSwitchPulled) {
      killSwitchPulled = false;
      setImmediate(() => (deps.onKillSwitch ?? (() => void app.close()))());
    }
    done();
  });
  app.addHook('onClose', async () => {
    service.close();
    await speech.close();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    let known = error instanceof KalliopeHttpError ? error : undefined;
    if (known === undefined && error.validation !== undefined) known = refusedRequest(error.validation);
    if (known === undefined) {
      const status = error.statusCode ?? 500;
      if (isDatabaseUnavailable(error)) {
        known = KALLIOPE_ERRORS.unavailable();
        request.log.warn({ err: error }, 'request failed: database unreachable');
      } else {
        known = status === 413 ? KALLIOPE_ERRORS.tooLarge() : status < 500 ? KALLIOPE_ERRORS.badJson() : KALLIOPE_ERRORS.internal();
        if (status >= 500) request.log.error({ err: error }, 'request failed');
      }
    }
    return reply.code(known.statusCode).headers(known.headers).type(known.contentType).send(known.body);
  });
  app.setNotFoundHandler((_request, reply) => {
    const notFound = KALLIOPE_ERRORS.notFound();
    return reply.code(notFound.statusCode).type(notFound.contentType).send(notFound.body);
  });

  registerHealthCheck(app, { db: deps.store.db });
  registerMetrics(app).gauge('kalliope_sessions_waiting', 'Sessions whose dialogue waits for the answer to a question.', () => deps.store.countWaitingSessions());
  const document = openApiDocument();
  app.get('/openapi.json', () => document);
  const neuronCatalog: NeuronCatalog = {
    modules: () => neurons,
    names: () => ({
      core: [...DIALOG_NEURONS, ...createNeuronRegistry({ scriptNeurons: brain.settings.scriptNeurons }).keys()].sort(),
      community: (deps.neurons ?? []).map((neuron) => neuron.name).sort(),
    }),
  };
  const context: RouteContext = { service, brain, neurons: neuronCatalog, stopServer };
  await app.register(synapseRoutes(context));
  await app.register(switchRoutes(context));
  await app.register(audioRoute(context));
  await app.register(brainEditRoutes(context));
  await app.register(methodNotAllowedRoutes);
  await service.start();
  return app;
}
