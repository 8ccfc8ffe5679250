// The life of a server process after it listens: SIGTERM or SIGINT shuts it down (shutdown.ts) and exits with the
// code that says whether that went cleanly; unhandled rejections are logged, not fatal.
import type { FastifyInstance } from 'fastify';
import { keepServingOnRejection } from './keepServingOnRejection.js';
import { shutdown } from './shutdown.js';

/** The part of `process` used here, so that tests can pass an EventEmitter. */
export interface ProcessLike extends NodeJS.EventEmitter {
  exit(code: number): void;
}

export interface ServeOptions {
  /** Closes the database and whatever else the app opened outside Fastify (after the HTTP server closed). */
  readonly closeStorage: () => Promise<void>;
  /** How long in-flight requests may take after the signal (default 10 s). */
  readonly graceMs?: number;
  /** Where signals and rejections come from and where the exit code goes (default: `process`). */
  readonly process?: ProcessLike;
}

/** Stops the server (once, whatever asks first) and exits; `reason` is logged. */
export type Stop = (reason: string) => Promise<void>;

export const defaultGraceMs = 10_000;

/**
 * Installs the SIGTERM/SIGINT and unhandled-rejection handlers for a listening app; returns `stop` for other
 * reasons to shut down (Kalliope's kill switch).
 */
export function serveUntilStopped(app: FastifyInstance, options: ServeOptions): Stop {
  const target = options.process ?? process;
  const graceMs = options.graceMs ?? defaultGraceMs;
  keepServingOnRejection((error, message) => app.log.error({ err: error }, message), target);
  let stopping: Promise<void> | undefined;
  const stop: Stop = (reason) => {
    stopping ??= (async () => {
      app.log.info({ reason }, 'shutting down');
      // Exit even if closing storage hangs (a pool that never ends, a timer keeping the event loop alive).
      const backstop = setTimeout(() => target.exit(1), 3 * graceMs).unref();
      const code = await shutdown(app, { graceMs, closeStorage: options.closeStorage });
      clearTimeout(backstop);
      target.exit(code);
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) target.on(signal, () => void stop(signal));
  return stop;
}
