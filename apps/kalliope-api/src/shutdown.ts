import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  /** How long in-flight requests may take to finish before every connection is cut. */
  readonly graceMs: number;
  /** Closes the database (and anything else the app opened outside Fastify); runs after the HTTP server closed. */
  readonly closeStorage: () => Promise<void>;
}

const waitFor = (ms: number) =>
  new Promise<'timeout'>((resolve) => {
    setTimeout(() => resolve('timeout'), ms).unref();
  });

/**
 * Stops the server so that the process can exit: closes the listener and idle keep-alive connections, gives
 * in-flight requests `graceMs` to finish, then cuts every remaining connection, then closes storage.
 * Resolves with the exit code (1 when a step failed or had to be forced).
 */
export async function shutdown(app: FastifyInstance, options: ShutdownOptions): Promise<number> {
  let code = 0;
  const closing = app.close().then(
    () => 'closed' as const,
    (error: unknown) => {
      app.log.error({ err: error }, 'closing the HTTP server failed');
      code = 1;
      return 'closed' as const;
    },
  );
  if ((await Promise.race([closing, waitFor(options.graceMs)])) === 'timeout') {
    app.log.warn({ graceMs: options.graceMs }, 'requests still open after the grace period; closing their connections');
    app.server.closeAllConnections();
    if ((await Promise.race([closing, waitFor(options.graceMs)])) === 'timeout') code = 1;
  }
  try {
    await options.closeStorage();
  } catch (error) {
    app.log.error({ err: error }, 'closing storage failed');
    code = 1;
  }
  return code;
}
