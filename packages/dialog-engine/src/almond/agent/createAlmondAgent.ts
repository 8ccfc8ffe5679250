// The Almond agent embedded in a program, without a server: the conversation loop the server runs
// (almondConversation.ts) over the ThingTalk executor, with the user's devices and the conversations' states kept
// by the agent (or a store). `converse` returns the messages the conversation WebSocket would send.
import { DeviceRegistry } from '@parley/thingtalk/runtime';
import type { DevicePlugin } from '@parley/thingtalk/runtime';
import type { AlmondInput, AppResult } from '../almondIo.js';
import type { CatalogKind, ConfiguredDevice, ExampleCommand } from '../almondStepContext.js';
import type { AlmondOutput } from '../messages.js';
import { initialAlmondState } from '../state.js';
import { createAlmondConversation, type AlmondConversationPorts, type ExecuteEffect } from './almondConversation.js';
import { createAlmondNluFactory } from './almondNluFactory.js';
import { instantiateDevice, type PluginOptions } from './instantiateDevice.js';
import { pluginKinds, type KindLabel } from './pluginKinds.js';
import { programResults, runOnce } from './runProgram.js';
import { memoryStateStore, type AlmondStateStore } from './stateStore.js';

/** A device the user has set up (a kind that needs configuring: a form, OAuth tokens). */
export interface AgentDevice {
  readonly kind: string;
  /** Default: the kind. */
  readonly uniqueId?: string;
  /** Default: the kind's name. */
  readonly name?: string;
  /** What the plugin's `create` receives (under `pluginOptions`). */
  readonly config?: Readonly<Record<string, unknown>>;
}

export interface AlmondAgentOptions {
  /** The device plugins the agent knows (class, dataset, implementation), e.g. `BUILTIN_PLUGINS` of `@parley/thingtalk/devices`. */
  readonly plugins: readonly DevicePlugin<never>[];
  /** Options for every device of a kind, over its configuration (endpoints, API keys), e.g. `{ 'com.thecatapi': { baseUrl } }`. */
  readonly pluginOptions?: PluginOptions;
  /** Devices already set up. Builtin kinds are always there; set-up-free kinds are added on first use. */
  readonly devices?: readonly AgentDevice[];
  /** Names and help categories of kinds (default: the kind's last part, no category). */
  readonly labels?: Readonly<Record<string, KindLabel>>;
  /** Example commands for the help pages and the first-visit welcome. */
  readonly examples?: readonly ExampleCommand[];
  /** The user's IANA time zone (default UTC). */
  readonly timeZone?: string;
  /** Where conversations' states live between rounds (default: in memory). */
  readonly store?: AlmondStateStore;
  /** The messages of a long-running program's results, one notification round each. */
  readonly onNotification?: (messages: readonly AlmondOutput[], conversationId: string) => void;
  /** An error of a long-running program's notification round (default: ignored). */
  readonly onError?: (error: unknown) => void;
  /** The clock (default `Date.now`). */
  readonly now?: () => number;
}

export interface ConverseOptions {
  /** Which conversation (default `"default"`): each has its own state. */
  readonly conversationId?: string;
}

export interface AlmondAgent {
  /** One round: `{type: 'command', text}`, `{type: 'parsed', json}`, `{type: 'tt', code}` or `{type: 'connect', …}`. */
  converse(input: AlmondInput, options?: ConverseOptions): Promise<AlmondOutput[]>;
  /** The user's devices now: set up, builtin, and set-up-free ones added on first use. */
  devices(): ConfiguredDevice[];
  /** Stops the long-running programs (monitors, timers). */
  stop(): void;
}

export function createAlmondAgent(options: AlmondAgentOptions): AlmondAgent {
  const { schemas, kinds } = pluginKinds(options.plugins, options.labels);
  const catalog: CatalogKind[] = kinds.map(({ kind, name, setup, category }) => ({ kind, name, setup, ...(category === undefined ? {} : { category }) }));
  const nluFactory = createAlmondNluFactory(kinds);
  const timeZone = options.timeZone ?? 'UTC';
  const now = options.now ?? Date.now;
  const store = options.store ?? memoryStateStore();
  const nameOf = (kind: string) => kinds.find((entry) => entry.kind === kind)?.name ?? kind;
  const configured: (ConfiguredDevice & { readonly config?: Readonly<Record<string, unknown>> })[] = [
    ...kinds.filter((entry) => entry.setup === 'builtin').map(({ kind, name }) => ({ uniqueId: kind, kind, name })),
    ...(options.devices ?? []).map((device) => ({ ...device, uniqueId: device.uniqueId ?? device.kind, name: device.name ?? nameOf(device.kind) })),
  ];
  const running = new Set<AbortController>();
  let queue: Promise<unknown> = Promise.resolve();

  const registry = () =>
    new DeviceRegistry(
      configured.flatMap((device) => {
        const plugin = kinds.find((entry) => entry.kind === device.kind)?.plugin;
        return plugin === undefined ? [] : [instantiateDevice(plugin, device, options.pluginOptions)];
      }),
    );
  const runOptions = (signal?: AbortSignal) => ({ devices: registry(), classes: schemas, timeZone, ...(signal === undefined ? {} : { signal }) });

  /** One round of a conversation, after the rounds before it (of any conversation): its state loaded, run, saved. */
  function round(conversationId: string, input: AlmondInput): Promise<AlmondOutput[]> {
    const next = queue.then(async () => {
      const conversation = createAlmondConversation(ports(conversationId), (await store.load(conversationId)) ?? initialAlmondState());
      const outputs = await conversation.handle(input);
      await store.save(conversationId, conversation.state);
      return outputs;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  /** A long-running program: each result is a notification round of its conversation. */
  async function runInBackground(conversationId: string, effect: ExecuteEffect): Promise<void> {
    const controller = new AbortController();
    running.add(controller);
    try {
      for await (const result of programResults(effect.program, runOptions(controller.signal))) {
        const notification = { type: 'notification', appId: effect.appId, appName: effect.description, icon: effect.iconKind, result } as const;
        options.onNotification?.(await round(conversationId, notification), conversationId);
      }
    } finally {
      running.delete(controller);
    }
  }

  function ports(conversationId: string): AlmondConversationPorts {
    return {
      context: () => {
        const time = now();
        return {
          now: time,
          random: Math.random,
          uuid: () => crypto.randomUUID(),
          nlu: nluFactory({ now: time, timeZone }),
          timeZone,
          classes: schemas,
          devices: configured.map(({ uniqueId, kind, name }) => ({ uniqueId, kind, name })),
          catalog,
          ...(options.examples === undefined ? {} : { examples: options.examples }),
        };
      },
      addDevice: async (kind) => {
        if (!configured.some((device) => device.uniqueId === kind)) configured.push({ uniqueId: kind, kind, name: nameOf(kind) });
      },
      execute: async (effect): Promise<readonly AppResult[]> => {
        if (!effect.longRunning) return runOnce(effect.program, runOptions());
        runInBackground(conversationId, effect).catch((error: unknown) => options.onError?.(error));
        return [];
      },
      learn: async () => undefined,
    };
  }

  return {
    converse: (input, converseOptions = {}) => round(converseOptions.conversationId ?? 'default', input),
    devices: () => configured.map(({ uniqueId, kind, name }) => ({ uniqueId, kind, name })),
    stop: () => {
      for (const controller of running) controller.abort();
      running.clear();
    },
  };
}
