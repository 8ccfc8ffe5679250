// The stores and services of the app over one database.
import { createAlmondNluFactory, type PluginOptions } from '@parley/dialog-engine/almond';
import type { Notifier, Scheduler } from '@parley/storage';
import { TEST_KIND } from '@parley/thingtalk';
import { type Clock } from '@parley/thingtalk/runtime';
import { createSessionStore } from './accounts/sessionStore.js';
import { createUserStore } from './accounts/userStore.js';
import { createAccountCaches, type AccountCacheOptions } from './cache/accountCaches.js';
import { createLearnedCommandStore } from './conversation/learnedCommands.js';
import { createNotificationHub } from './conversation/notificationHub.js';
import { createOpenConversations } from './conversation/openConversations.js';
import type { Database } from './db/Database.js';
import { createDeviceFactory } from './devices/deviceFactory.js';
import { createDeviceStore } from './devices/deviceStore.js';
import { createClientStore } from './oauth/clientStore.js';
import { createOAuthModel } from './oauth/oauthModel.js';
import { createAppRunner } from './programs/appRunner.js';
import { createAppStore } from './programs/appStore.js';
import { createProgramLeases } from './programs/programLeases.js';
import { DEFAULT_PROGRAM_LIMITS, type ProgramLimits } from './programs/programLimits.js';
import type { SecretBox } from './security/secretBox.js';
import { builtinCatalogPlugins, ThingpediaCatalog, type CatalogPlugin } from './thingpedia/catalog.js';
import { exampleCommands } from './thingpedia/exampleCommands.js';

export interface ServiceOptions {
  db: Database;
  notifier: Notifier;
  /** Durable timers (queue of this app's programs): which instance runs each long-running program. */
  scheduler: Scheduler;
  /** Lease timing of long-running programs (defaults 30 s / 10 s). */
  leaseMs?: number | undefined;
  renewMs?: number | undefined;
  /** Device classes besides the shipped ones. */
  plugins?: readonly CatalogPlugin[] | undefined;
  /** Options per device kind, e.g. `{ 'com.xkcd': { baseUrl } }`. */
  pluginOptions?: PluginOptions | undefined;
  /** The executor's clock (tests pass a SimulatedClock) and lower bound of monitor polling. */
  clock?: Clock | undefined;
  minPollInterval?: number | undefined;
  /** What programs may use (ALMOND_LIMIT_*; DEFAULT_PROGRAM_LIMITS when unset). */
  programLimits?: ProgramLimits | undefined;
  onError?: (error: unknown) => void;
  /** Life and clock of the token and user caches (cache/accountCaches.ts); tests shorten or stretch them. */
  accountCaches?: AccountCacheOptions | undefined;
  /** Seals the secrets stored for devices (their OAuth tokens): one key per deployment (security/secretBox.ts). */
  secretBox: SecretBox;
}

export function createServices(options: ServiceOptions) {
  const { db } = options;
  const caches = createAccountCaches(options.notifier, options.accountCaches);
  const users = createUserStore(db, caches);
  const sessions = createSessionStore(db);
  const clients = createClientStore(db, caches);
  const oauth = createOAuthModel(db, clients, caches);
  const catalog = new ThingpediaCatalog([...builtinCatalogPlugins(), ...(options.plugins ?? [])]);
  const devices = createDeviceStore(db, catalog, options.secretBox);
  const limits = options.programLimits ?? DEFAULT_PROGRAM_LIMITS;
  const pluginOptions = options.pluginOptions ?? {};
  const factory = createDeviceFactory(catalog, { ...pluginOptions, [TEST_KIND]: { ...pluginOptions[TEST_KIND], maxBytes: limits.testDataBytes } });
  const apps = createAppStore(db);
  const hub = createNotificationHub(db, options.notifier, options.onError);
  const leases = createProgramLeases({ scheduler: options.scheduler, leaseMs: options.leaseMs, renewMs: options.renewMs });
  const runner = createAppRunner({
    catalog, devices, factory, users, apps, leases,
    onNotification: (userId, notification) => hub.publish(userId, notification),
    clock: options.clock,
    minPollInterval: options.minPollInterval,
    limits,
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  const nlu = createAlmondNluFactory(catalog.list());
  const examples = exampleCommands(catalog);
  const learned = createLearnedCommandStore(db);
  const conversations = createOpenConversations();
  return { caches, users, sessions, clients, oauth, catalog, devices, factory, apps, hub, runner, nlu, examples, learned, conversations };
}

export type AppServices = ReturnType<typeof createServices>;
