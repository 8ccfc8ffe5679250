// Stopping a Fastify server so that the process can exit, whatever its clients do: idle keep-alive connections are
// closed at once, in-flight requests (and WebSockets, closed by @fastify/websocket's own hook) get a grace period,
// whatever is still open after it is cut, and storage is closed last.
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
 * Closes the listener and idle keep-alive connections, gives in-flight requests `graceMs` to finish, then cuts
 * every remaining connection, then closes storage. Resolves with the exit code: 0 when everything finished in
 * time, 1 when connections had to be cut or a step failed.
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
    code = 1;
    app.server.closeAllConnections();
    await Promise.race([closing, waitFor(options.graceMs)]);
  }
  try {
    await options.closeStorage();
  } catch (error) {
    app.log.error({ err: error }, 'closing storage failed');
    code = 1;
  }
  return code;
}
