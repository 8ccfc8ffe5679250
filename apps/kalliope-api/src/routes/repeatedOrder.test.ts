// A repeated order through the REST route: the session's dialogue is the same afterwards, so it is not written again
// (storage/sameDialogue.ts); a different order is.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kalliopeDialogs } from '../db/schema.js';
import { createTestApp, postJson, type TestApp } from '../testing/kalliopeTestApp.js';

const brain = `
- name: "say-hello"
  signals:
    - order: "say hello"
  neurons:
    - say:
        message:
          - "Hello sir"
- name: "say-bye"
  signals:
    - order: "say bye"
  neurons:
    - say:
        message: "Bye"
`;

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({ brain });
});
afterAll(async () => test.close());

const order = (text: string) => postJson(test.app, '/synapses/start/order', { order: text, mute: true }, { 'x-parley-session': 'repeat' });
const writtenAt = async () => {
  const [row] = await test.store.db.select({ at: kalliopeDialogs.updatedAt }).from(kalliopeDialogs).where(eq(kalliopeDialogs.sessionKey, 'session:repeat'));
  return row?.at.getTime();
};

describe('POST /synapses/start/order, the same order again', () => {
  it('answers the same and leaves the stored dialogue untouched; another order is stored', async () => {
    const first = await order('say hello');
    expect(first.statusCode).toBe(201);
    const stored = await writtenAt();
    expect(stored).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await order('say hello');
    expect(again.json()).toEqual(first.json());
    expect(await writtenAt()).toBe(stored);
    expect((await order('say bye')).statusCode).toBe(201);
    expect(await writtenAt()).toBeGreaterThan(stored ?? 0);
    expect((await test.store.loadDialog('session:repeat'))?.memory['kalliope_last_order']).toBe('say bye');
  });
});
