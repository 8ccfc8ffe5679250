// Runs ThingTalk programs for users through the thingtalk executor. One-shot programs are drained and their
// results returned; long-running ones (monitor, timer, attimer) are stored, run in the background with their state
// saved after every change, held through Scheduler leases (programLeases.ts: one instance runs each, another takes
// over when it dies, `resumeAll()` restarts them after a restart), stopped by `stop()` (on whichever instance runs
// them, within one lease renewal), and their results reported through `onNotification`. A program stopped by an
// unreachable database is not marked failed: it is handed back to the scheduler once the database answers again.
// Every run is held to the operator's ProgramLimits (programLimits.ts).
import { isDatabaseUnavailable } from '@parley/server-kit';
import { parseProgram, type Program } from '@parley/thingtalk';
import { executeProgram, type Clock, type ProgramState } from '@parley/thingtalk/runtime';
import type { UserStore } from '../accounts/userStore.js';
import type { DeviceFactory } from '../devices/deviceFactory.js';
import type { DeviceStore } from '../devices/deviceStore.js';
import type { ThingpediaCatalog } from '../thingpedia/catalog.js';
import { createWindowCounter } from '../http/windowCounter.js';
import { appResult, type AppErrorItem, type AppResultItem } from './appResults.js';
import type { AppStore, StoredApp } from './appStore.js';
import { ProgramError } from './programError.js';
import type { ProgramLeases } from './programLeases.js';
import type { ProgramLimits } from './programLimits.js';
import { shortestTimerStep } from './shortestTimerStep.js';
import { userContext } from './userContext.js';

/** A result or failure of a background program, for the user's open conversations. */
export interface AppNotification {
  appId: string;
  appName: string;
  /** The device kind whose icon goes with the messages (docs/protocols/almond.md: the icon is a device identifier). */
  icon: string | null;
  result: { outputType: string | null; formatted: AppResultItem['formatted']; raw: AppResultItem['raw'] } | { error: string };
}

interface AppRunnerDeps {
  catalog: ThingpediaCatalog;
  devices: DeviceStore;
  factory: DeviceFactory;
  users: UserStore;
  apps: AppStore;
  leases: ProgramLeases;
  onNotification: (userId: string, notification: AppNotification) => Promise<void>;
  clock?: Clock | undefined;
  minPollInterval?: number | undefined;
  limits: ProgramLimits;
  onError?: (error: unknown) => void;
}

/** How often a program stopped by an unreachable database asks the scheduler to start it again. */
const retryMs = 1000;

export interface RunOutcome {
  results: AppResultItem[];
  errors: AppErrorItem[];
}

/** "30 seconds", "1 minute": a limit in ms as users read it. */
function duration(ms: number): string {
  const [amount, unit] = ms % 60_000 === 0 ? [ms / 60_000, 'minute'] : ms % 1000 === 0 ? [ms / 1000, 'second'] : [ms, 'millisecond'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

export function createAppRunner(deps: AppRunnerDeps) {
  const running = new Map<string, AbortController>();
  const { limits } = deps;
  const notifications = createWindowCounter(limits.notificationsPerMinute, 60_000);
  /** Users told this minute that their notifications are dropped (told once per minute). */
  const throttled = createWindowCounter(1, 60_000);

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
        limits: { rowsPerQuery: limits.rowsPerQuery, rowsPerResult: limits.rowsPerResult, minTimerInterval: limits.minTimerIntervalMs },
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
    // Past the user's notifications per minute, the rest of the minute's are dropped (not stored, not sent); the
    // user is told once.
    const admitted = async (): Promise<boolean> => {
      if (notifications.take(app.userId) === 0) return true;
      if (throttled.take(app.userId) === 0) {
        const error = `more than ${limits.notificationsPerMinute} notifications in a minute, the rest of this minute's are dropped`;
        await deps.onNotification(app.userId, { ...base, result: { error } });
      }
      return false;
    };
    try {
      for await (const event of executeProgram(program, options)) {
        if (controller.signal.aborted) break;
        if (event.type === 'state') await deps.apps.saveState(app.id, event.state);
        else if ((await deps.apps.byId(app.id)) === undefined) {
          controller.abort(); // deleted through another instance: publish nothing more
          break;
        } else if (event.type === 'output') {
          if (!(await admitted())) continue;
          const { outputType, formatted, raw } = appResult(deps.catalog.schemas, event.outputType, event.value, timeZone);
          await deps.onNotification(app.userId, { ...base, result: { outputType, formatted, raw } });
        } else if (event.type === 'error') {
          if (await admitted()) await deps.onNotification(app.userId, { ...base, result: { error: event.message } });
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
    /**
     * Runs a command to completion (questions inside are not asked: nothing here can answer them), within the
     * round's time and at most `rowsPerResult` results; past either it stops with an error among the results.
     */
    async runOnce(userId: string, program: Program): Promise<RunOutcome> {
      const controller = new AbortController();
      const outcome: RunOutcome = { results: [], errors: [] };
      const stop = (message: string) => {
        if (controller.signal.aborted) return;
        outcome.errors.push({ message, primitive: null });
        controller.abort();
      };
      const timer = setTimeout(() => stop(`the command took longer than ${duration(limits.roundMs)} and was stopped`), limits.roundMs);
      const { options, timeZone } = await executionOptions(userId, controller.signal);
      try {
        for await (const event of executeProgram(program, options)) {
          if (event.type === 'output') {
            if (outcome.results.length >= limits.rowsPerResult) stop(`the command produced more than ${limits.rowsPerResult} results, the most a program may handle`);
            else outcome.results.push(appResult(deps.catalog.schemas, event.outputType, event.value, timeZone));
          } else if (event.type === 'error') outcome.errors.push({ message: event.message, primitive: event.primitive });
        }
      } finally {
        clearTimeout(timer);
      }
      return outcome;
    },

    /**
     * Stores a long-running program and starts it. ProgramError when its timer is faster than the limit or the
     * user already keeps `appsPerUser` programs.
     */
    async start(app: { id: string; userId: string; code: string; description: string; icon: string | null }, program: Program): Promise<void> {
      const step = shortestTimerStep(program);
      if (step !== undefined && step < limits.minTimerIntervalMs)
        throw new ProgramError(`a timer may fire at most every ${duration(limits.minTimerIntervalMs)}`);
      if ((await deps.apps.list(app.userId)).length >= limits.appsPerUser)
        throw new ProgramError(`you already have ${limits.appsPerUser} programs running, the most one user may have; delete one first`);
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

    /** How many programs this instance runs now. */
    runningCount(): number {
      return running.size;
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
