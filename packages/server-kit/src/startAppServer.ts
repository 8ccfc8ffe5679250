// The start of an app's server, the same in every app: open its storage (the database with the app's migrations
// applied, and whatever else closes with it), build the app over it, listen, print the start-up lines. A step that
// fails closes the storage again and throws. `main` runs it and serves until stopped, or prints why it could not
// start and exits 1.
import type { FastifyInstance } from 'fastify';
import { serveUntilStopped, type ProcessLike, type Stop } from './serveUntilStopped.js';

/** What an app opens before building itself: closed after the app, or when the start fails. */
export interface AppStorage {
  close(): Promise<void>;
}

export interface StartAppOptions<Storage extends AppStorage, Built extends { readonly app: FastifyInstance }> {
  readonly openStorage: () => Promise<Storage>;
  /** Builds the app over its storage, with whatever has to happen before it listens. */
  readonly build: (storage: Storage) => Promise<Built>;
  readonly port: number;
  readonly host: string;
  /** The lines printed once the app listens at `url`. */
  readonly startupLines: (url: string, built: Built) => readonly string[];
  /** Where the lines go (default: `console.log`). */
  readonly print?: (line: string) => void;
}

export type StartedApp<Built> = Built & {
  readonly url: string;
  /** Closes what the app opened besides Fastify (its storage); for after the app has closed. */
  closeStorage(): Promise<void>;
  /** Closes the app (in-flight requests finish), then its storage. */
  close(): Promise<void>;
};

export async function startAppServer<Storage extends AppStorage, Built extends { readonly app: FastifyInstance }>(
  options: StartAppOptions<Storage, Built>,
): Promise<StartedApp<Built>> {
  const storage = await options.openStorage();
  try {
    const built = await options.build(storage);
    const url = await built.app.listen({ port: options.port, host: options.host });
    const print = options.print ?? ((line: string) => console.log(line));
    for (const line of options.startupLines(url, built)) print(line);
    const closeStorage = () => storage.close();
    return {
      ...built,
      url,
      closeStorage,
      async close() {
        await built.app.close();
        await closeStorage();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/**
 * An app's `main`: starts it and serves until SIGTERM/SIGINT (serveUntilStopped); when the start fails, prints
 * `<name> failed to start: <message>` and exits 1.
 */
export async function serveOrExit(
  name: string,
  start: () => Promise<StartedApp<{ readonly app: FastifyInstance }>>,
  target: ProcessLike = process,
  printError: (line: string) => void = (line) => console.error(line),
): Promise<Stop | undefined> {
  try {
    const server = await start();
    return serveUntilStopped(server.app, { closeStorage: server.closeStorage, process: target });
  } catch (error) {
    printError(`${name} failed to start: ${(error as Error).message}`);
    target.exit(1);
    return undefined;
  }
}
