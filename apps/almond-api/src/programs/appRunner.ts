// Runs ThingTalk programs for users through the thingtalk executor. One-shot programs are drained and their
// results returned; long-running ones (monitor, timer, attimer) are stored, run in the background with their state
// saved after every change, held through Scheduler leases (programLeases.ts: one instance runs each, another takes
// over when it dies, `resumeAll()` restarts them after a restart), stopped by `stop()` (on whichever instance runs
// them, within one lease renewal), and their results reported through `onNotification`. A program stopped by an
// unreachable database is not marked failed: it is handed back to the scheduler once the database answers again.
import { isDatabaseUnavailable } from '@parley/server-kit';
import { executeProgram, parseProgram, type Clock, type Program, type ProgramState } from '@parley/thingtalk';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceFactory } from '../devices/deviceFactory.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { appResult, type AppErrorItem, type AppResultItem } from './appResults.js';
import type { AppStore, StoredApp } from './appStore.js';
import type { ProgramLeases } from './programLeases.js';
import { userContext } from './userContext.js';

/** A result or failure of a background program, for the user's open conversations. */
export interface AppNotification {
  appId: string;
  appName: string;
  /** The device kind whose icon goes with the messages (seed 002: the icon is a device identifier). */
  icon: string | null;
  result: { outputType: string | null; formatted: AppResultItem['formatted']; raw: AppResultItem['raw'] } | { error: string };
}

export interface AppRunnerDeps {
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  factory: DeviceFactory;
  users: UserStore;
  apps: AppStore;
  leases: ProgramLeases;
  onNotification: (userId: string, notification: AppNotification) => Promise<void>;
  clock?: Clock | undefined;
  minPollInterval?: number | undefined;
  onError?: (error: unknown) => void;
}

/** How often a program stopped by an unreachable database asks the scheduler to start it again. */
const retryMs = 1000;

export interface RunOutcome {
  results: AppResultItem[];
  errors: AppErrorItem[];
}

export function createAppRunner(deps: AppRunnerDeps) {
  const running = new Map<string, AbortController>();

  async function executionOptions(userId: string, signal: AbortSignal, state?: ProgramState, programId?: string) {
    const user = await deps.users.byId(userId);
    const timeZone = user?.timezone ?? 'UTC';
    return {
      timeZone,
      options: {
        devices: deps.factory.registry(await deps.devices.list(userId)),
        classes: deps.catalog.schemas,
        signal,
        timeZone,
        context: userContext(user?.preferences ?? {}),
        ...(deps.clock === undefined ? {} : { clock: deps.clock }),
        ...(deps.minPollInterval === undefined ? {} : { minPollInterval: deps.minPollInterval }),
        ...(state === undefined ? {} : { state }),
        ...(programId === undefined ? {} : { programId }),
      },
    };
  }

  async function runInBackground(app: StoredApp, program: Program): Promise<void> {
    const controller = new AbortController();
    running.get(app.id)?.abort();
    running.set(app.id, controller);
    const { options, timeZone } = await executionOptions(app.userId, controller.signal, app.state ?? undefined, app.id);
    const base = { appId: app.id, appName: app.description, icon: app.icon };
    try {
      for await (const event of executeProgram(program, options)) {
        if (controller.signal.aborted) break;
        if (event.type === 'state') await deps.apps.saveState(app.id, event.state);
        else if ((await deps.apps.byId(app.id)) === undefined) {
          controller.abort(); // deleted through another instance: publish nothing more
          break;
        } else if (event.type === 'output') {
          const { outputType, formatted, raw } = appResult(deps.catalog.schemas, event.outputType, event.value, timeZone);
          await deps.onNotification(app.userId, { ...base, result: { outputType, formatted, raw } });
        } else if (event.type === 'error') {
          await deps.onNotification(app.userId, { ...base, result: { error: event.message } });
        }
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      if (!isDatabaseUnavailable(error)) await deps.apps.setError(app.id, error instanceof Error ? error.message : String(error));
      else {
        // The database went away (restart, failover) under a sound program: hand it back to the scheduler once
        // the database answers, so that one instance resumes it from its last saved state.
        deps.leases.release(app.id);
        requestStartWhenReachable(app.id);
      }
    } finally {
      if (running.get(app.id) === controller) running.delete(app.id);
    }
  }

  const retries = new Map<string, NodeJS.Timeout>();
  function requestStartWhenReachable(appId: string): void {
    const attempt = () => {
      deps.leases.requestStart(appId).then(
        () => retries.delete(appId),
        () => retries.set(appId, setTimeout(attempt, retryMs).unref()),
      );
    };
    retries.set(appId, setTimeout(attempt, retryMs).unref());
  }

  function abortLocally(appId: string): void {
    running.get(appId)?.abort();
    running.delete(appId);
  }

  async function launch(app: StoredApp, program: Program): Promise<void> {
    runInBackground(app, program).catch((error: unknown) => deps.onError?.(error));
    await deps.leases.hold(app.id, async () => {
      if ((await deps.apps.byId(app.id)) !== undefined) return true;
      abortLocally(app.id); // deleted through another instance
      return false;
    });
  }

  const ready = deps.leases.onDue(async (appId) => {
    const app = await deps.apps.byId(appId);
    if (app === undefined) return;
    if (running.has(appId)) {
      await deps.leases.hold(appId, async () => (await deps.apps.byId(appId)) !== undefined);
      return;
    }
    try {
      await launch(app, parseProgram(app.code));
    } catch (error) {
      await deps.apps.setError(app.id, error instanceof Error ? error.message : String(error));
    }
  });

  return {
    /** Runs a command to completion (questions inside are not asked: nothing here can answer them). */
    async runOnce(userId: string, program: Program, timeoutMs = 30_000): Promise<RunOutcome> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const { options, timeZone } = await executionOptions(userId, controller.signal);
      const outcome: RunOutcome = { results: [], errors: [] };
      try {
        for await (const event of executeProgram(program, options)) {
          if (event.type === 'output') outcome.results.push(appResult(deps.catalog.schemas, event.outputType, event.value, timeZone));
          else if (event.type === 'error') outcome.errors.push({ message: event.message, primitive: event.primitive });
        }
      } finally {
        clearTimeout(timer);
      }
      return outcome;
    },

    /** Stores a long-running program and starts it. */
    async start(app: { id: string; userId: string; code: string; description: string; icon: string | null }, program: Program): Promise<void> {
      await deps.apps.insert(app);
      await launch({ ...app, state: null, error: null, createdAt: new Date() }, program);
    },

    /** Stops and forgets a program of the user; false when the user has no such program. */
    async stop(userId: string, appId: string): Promise<boolean> {
      const removed = await deps.apps.delete(userId, appId);
      if (removed) {
        abortLocally(appId);
        await deps.leases.forget(appId);
      }
      return removed;
    },

    /** After a restart: every stored program becomes due, and one instance starts each. */
    async resumeAll(): Promise<number> {
      await ready;
      const stored = await deps.apps.all();
      for (const app of stored) if (!running.has(app.id)) await deps.leases.requestStart(app.id);
      return stored.length;
    },

    isRunning(appId: string): boolean {
      return running.has(appId);
    },

    /** Stops every program of this process (shutdown); they stay stored and resume on the next start. */
    stopAll(): void {
      deps.leases.releaseAll();
      for (const timer of retries.values()) clearTimeout(timer);
      retries.clear();
      for (const controller of running.values()) controller.abort();
      running.clear();
    },
  };
}

export type AppRunner = ReturnType<typeof createAppRunner>;
