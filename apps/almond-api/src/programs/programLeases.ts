// Which instance runs a long-running program, through the storage Scheduler (one pending timer per key, fired
// once across instances): the instance running a program keeps pushing its timer into the future; when that
// instance stops, the timer comes due and whichever instance receives it takes the program over. A restart
// makes every stored program due at once.
import type { Scheduler } from '@parley/storage';

interface ProgramLeasesOptions {
  scheduler: Scheduler;
  /** How long a program may go unrenewed before another instance takes it (default 30 s). */
  leaseMs?: number | undefined;
  /** How often the running instance renews (default 10 s). */
  renewMs?: number | undefined;
}

const keyOf = (appId: string) => `almond-app:${appId}`;

export function createProgramLeases(options: ProgramLeasesOptions) {
  const { scheduler } = options;
  const leaseMs = options.leaseMs ?? 30_000;
  const renewMs = options.renewMs ?? 10_000;
  const renewals = new Map<string, ReturnType<typeof setInterval>>();

  const renew = (appId: string) => scheduler.schedule(keyOf(appId), new Date(Date.now() + leaseMs), { appId });
  const release = (appId: string) => {
    clearInterval(renewals.get(appId));
    renewals.delete(appId);
  };

  return {
    /** Delivers programs that need an instance (new leases, expired ones, restarts) to `handler`. */
    onDue(handler: (appId: string) => Promise<void>): Promise<void> {
      return scheduler.onDue(async ({ payload }) => {
        const appId = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? payload.appId : undefined;
        if (typeof appId === 'string') await handler(appId);
      });
    },

    /** This instance runs the program: renew its lease until `release`. `check` false stops renewing. */
    async hold(appId: string, check: () => Promise<boolean>): Promise<void> {
      clearInterval(renewals.get(appId));
      await renew(appId);
      const timer = setInterval(() => {
        // A renewal that fails (database unreachable) is retried at the next tick.
        check()
          .then((alive) => (alive ? renew(appId) : release(appId)))
          .catch(() => undefined);
      }, renewMs);
      timer.unref();
      renewals.set(appId, timer);
    },

    /** Stops renewing here (the lease stays, so another instance takes over when it expires). */
    release,

    /** Makes the program due now, so that one instance starts it. */
    async requestStart(appId: string): Promise<void> {
      await scheduler.schedule(keyOf(appId), new Date(), { appId });
    },

    /** The program is gone: no instance should run it. */
    async forget(appId: string): Promise<void> {
      release(appId);
      await scheduler.cancel(keyOf(appId));
    },

    releaseAll(): void {
      for (const timer of renewals.values()) clearInterval(timer);
      renewals.clear();
    },
  };
}

export type ProgramLeases = ReturnType<typeof createProgramLeases>;
