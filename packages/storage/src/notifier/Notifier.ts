import type { Database } from '../openDb.js';

/** Postgres refuses NOTIFY payloads of 8000 bytes or more. */
export const maxPayloadBytes = 7999;

/** Thrown by {@link Notifier.publish} for a payload over {@link maxPayloadBytes}: send ids, not documents. */
export class PayloadTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`Notifier payload is ${bytes} bytes; the limit is ${maxPayloadBytes}. Publish ids and load the data.`);
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * Publish/subscribe across every instance on one database (Postgres LISTEN/NOTIFY; PGlite's in-process listen).
 * Delivery is at most once and only to subscribers listening at the time.
 */
export interface Notifier {
  publish(channel: string, payload: string): Promise<void>;
  /** Resolves once listening, to the function that unsubscribes. */
  subscribe(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /** Unsubscribes everything this notifier subscribed. */
  close(): Promise<void>;
}

const channelPattern = /^[a-z_][a-z0-9_]{0,62}$/;

function assertChannel(channel: string): void {
  if (!channelPattern.test(channel)) {
    throw new RangeError(`Channel "${channel}" must be a lower-case SQL identifier (a-z, 0-9, _; at most 63).`);
  }
}

/** A Notifier over a database's LISTEN/NOTIFY; closed with the database. */
export function createNotifier<TSchema extends Record<string, unknown>>(database: Database<TSchema>): Notifier {
  const subscriptions = new Set<() => Promise<void>>();
  const notifier: Notifier = {
    async publish(channel, payload) {
      assertChannel(channel);
      const bytes = Buffer.byteLength(payload, 'utf8');
      if (bytes > maxPayloadBytes) throw new PayloadTooLargeError(bytes);
      await database.notify(channel, payload);
    },
    async subscribe(channel, handler) {
      assertChannel(channel);
      const stop = await database.listen(channel, handler);
      const unsubscribe = async (): Promise<void> => {
        if (subscriptions.delete(unsubscribe)) await stop();
      };
      subscriptions.add(unsubscribe);
      return unsubscribe;
    },
    async close() {
      await Promise.all([...subscriptions].map((unsubscribe) => unsubscribe()));
    },
  };
  database.attach(notifier);
  return notifier;
}
