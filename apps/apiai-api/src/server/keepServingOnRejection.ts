// A promise rejected with nobody listening (a driver callback when the database cuts its connections, 57P01) must
// not take the whole server down: Node's default for an unhandled rejection is to exit. It is logged instead.
type Logger = (error: unknown, message: string) => void;

/** Installs the handler on `target` (the process); returns its removal. */
export function keepServingOnRejection(log: Logger, target: NodeJS.EventEmitter = process): () => void {
  const onRejection = (reason: unknown): void => log(reason, 'unhandled promise rejection (the server keeps serving)');
  target.on('unhandledRejection', onRejection);
  return () => target.off('unhandledRejection', onRejection);
}
