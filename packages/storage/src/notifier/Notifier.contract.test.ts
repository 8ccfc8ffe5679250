import { describe, expect, it } from 'vitest';
import { sleep, targetFixture, targetNames, waitFor } from '../testing/testTargets.js';
import { createNotifier, maxPayloadBytes, PayloadTooLargeError } from './Notifier.js';

describe.each(targetNames)('Notifier contract on %s', (name) => {
  const { start, openStore } = targetFixture(name);

  it('delivers a published message to a subscriber on another connection', async () => {
    const target = await start('notify_cross');
    const publisherDb = await openStore();
    const subscriberDb = target.concurrentConnections ? await openStore() : publisherDb;
    const received: string[] = [];
    await createNotifier(subscriberDb).subscribe('user_events', (payload) => received.push(payload));
    await createNotifier(publisherDb).publish('user_events', 'app:17');
    await waitFor(() => received.length === 1, 5000, 'the notification');
    expect(received).toEqual(['app:17']);
  });

  it('delivers only to the channel subscribed, and stops after unsubscribe', async () => {
    await start('notify_channels');
    const notifier = createNotifier(await openStore());
    const received: string[] = [];
    const unsubscribe = await notifier.subscribe('alpha', (payload) => received.push(`alpha:${payload}`));
    await notifier.subscribe('beta', (payload) => received.push(`beta:${payload}`));
    await notifier.publish('alpha', '1');
    await notifier.publish('beta', '2');
    await waitFor(() => received.length === 2, 5000, 'two notifications');
    await unsubscribe();
    await notifier.publish('alpha', '3');
    await notifier.publish('beta', '4');
    await waitFor(() => received.length === 3, 5000, 'the third notification');
    await sleep(200);
    expect(received.sort()).toEqual(['alpha:1', 'beta:2', 'beta:4']);
  });

  it('accepts a payload at the limit and refuses one over it with a clear error', async () => {
    await start('notify_limit');
    const notifier = createNotifier(await openStore());
    const received: string[] = [];
    await notifier.subscribe('big', (payload) => received.push(payload));
    await notifier.publish('big', 'x'.repeat(maxPayloadBytes));
    await waitFor(() => received.length === 1, 5000, 'the largest payload');
    const tooLarge = notifier.publish('big', 'é'.repeat(4000));
    await expect(tooLarge).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(notifier.publish('big', 'é'.repeat(4000))).rejects.toThrow(/8000 bytes; the limit is 7999/);
  });

  it('refuses channel names that are not plain identifiers', async () => {
    await start('notify_names');
    const notifier = createNotifier(await openStore());
    await expect(notifier.publish('bad channel; drop table', 'x')).rejects.toThrow(RangeError);
    await expect(notifier.subscribe('Upper', () => undefined)).rejects.toThrow(RangeError);
  });
});
