// A promise rejected with nobody listening (a driver callback when Postgres cuts its connections, error 57P01)
// must not take the whole server down, as Node's default for an unhandled rejection does: it is logged instead.

/** Logs an error with a message (e.g. `(error, message) => app.log.error({ err: error }, message)`). */
export type ErrorLog = (error: unknown, message: string) => void;

/** Installs the handler on `target` (the process by default); returns its removal. */
export function keepServingOnRejection(log: ErrorLog, target: NodeJS.EventEmitter = process): () => void {
  const onRejection = (reason: unknown): void => log(reason, 'unhandled promise rejection (the server keeps serving)');
  target.on('unhandledRejection', onRejection);
  return () => void target.off('unhandledRejection', onRejection);
}
