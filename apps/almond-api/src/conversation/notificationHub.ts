// Delivers results of background programs to every open conversation of their user, on whichever instance holds
// the socket: the notification is stored, its id published through the storage Notifier (Postgres LISTEN/NOTIFY,
// in process on PGlite), and each instance hands it to its own sockets of that user.
import { randomUUID } from 'node:crypto';
import type { Notifier } from '@parley/storage';
import { eq, lt } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { notifications } from '../db/schema.js';
import type { AppNotification } from '../programs/appRunner.js';

const NOTIFICATION_CHANNEL = 'almond_notifications';

/** Stored notifications older than this are deleted (every instance has long read them). */
const KEEP_MS = 3600_000;

type NotificationListener = (notification: AppNotification) => void;

export function createNotificationHub(db: Database, notifier: Notifier, onError: (error: unknown) => void = () => undefined) {
  const listeners = new Map<string, Set<NotificationListener>>();

  async function deliver(id: string): Promise<void> {
    const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
    if (row === undefined) return;
    for (const listener of listeners.get(row.userId) ?? []) listener(row.body as AppNotification);
  }

  const subscribed = notifier.subscribe(NOTIFICATION_CHANNEL, (id) => {
    deliver(id).catch(onError);
  });

  return {
    /** Waits until this instance listens. */
    ready: async (): Promise<void> => {
      await subscribed;
    },

    /** Receives the user's notifications until the returned function is called. */
    listen(userId: string, listener: NotificationListener): () => void {
      const set = listeners.get(userId) ?? new Set();
      set.add(listener);
      listeners.set(userId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(userId);
      };
    },

    async publish(userId: string, notification: AppNotification): Promise<void> {
      const id = randomUUID();
      await db.insert(notifications).values({ id, userId, body: notification });
      await notifier.publish(NOTIFICATION_CHANNEL, id);
      await db.delete(notifications).where(lt(notifications.createdAt, new Date(Date.now() - KEEP_MS)));
    },
  };
}

export type NotificationHub = ReturnType<typeof createNotificationHub>;
