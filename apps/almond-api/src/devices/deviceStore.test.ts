import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devices } from '../db/schema.js';
import { createSecretBox } from '../security/secretBox.js';
import { NOTES_KIND, notesPlugin } from '../testing/notesPlugin.js';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { createDeviceStore } from './deviceStore.js';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp({ plugins: [notesPlugin()] });
});
afterAll(async () => test.close());

const storedConfigs = async (userId: string) =>
  (await test.database.db.select().from(devices).where(eq(devices.userId, userId))).map((row) => row.config);

describe('device tokens at rest', () => {
  it('stores the OAuth tokens of a configuration sealed and reads them back in the clear', async () => {
    const user = await test.services.users.create({ username: 'tess', password: 'tess-password' });
    const config = { title: 'mine', accessToken: 'access-123', refreshToken: 'refresh-456', accessTokenExpiresAt: 1_700_000_000_000 };
    const added = await test.services.devices.add(user.id, NOTES_KIND, config);
    expect(added.config).toEqual(config);
    const [stored] = await storedConfigs(user.id);
    expect(JSON.stringify(stored)).not.toMatch(/access-123|refresh-456/);
    expect(stored).toMatchObject({ title: 'mine', accessToken: expect.stringMatching(/^enc:v1:/), refreshToken: expect.stringMatching(/^enc:v1:/), accessTokenExpiresAt: 1_700_000_000_000 });
    expect((await test.services.devices.list(user.id)).find((device) => device.kind === NOTES_KIND)?.config).toEqual(config);
  });

  it('reads tokens stored in the clear before, and seals them once at start-up', async () => {
    const user = await test.services.users.create({ username: 'ursula', password: 'ursula-password' });
    const legacy = { accessToken: 'old-access', refreshToken: 'old-refresh' };
    await test.database.db.insert(devices).values({ userId: user.id, uniqueId: `${NOTES_KIND}-legacy`, kind: NOTES_KIND, name: 'Notes', description: '', config: legacy });
    const read = async () => (await test.services.devices.list(user.id)).find((device) => device.uniqueId === `${NOTES_KIND}-legacy`)?.config;
    expect(await read()).toEqual(legacy);
    expect(await test.services.devices.sealStoredSecrets()).toBe(1);
    expect(JSON.stringify(await storedConfigs(user.id))).not.toContain('old-');
    expect(await read()).toEqual(legacy);
    expect(await test.services.devices.sealStoredSecrets()).toBe(0);
  });

  it('cannot open tokens sealed under another key, which the start-up check reports', async () => {
    const user = await test.services.users.create({ username: 'vera', password: 'vera-password' });
    await test.services.devices.add(user.id, NOTES_KIND, { accessToken: 'access-789' });
    const otherKey = createDeviceStore(test.database.db, test.services.catalog, createSecretBox(randomBytes(32)));
    await expect(otherKey.list(user.id)).rejects.toThrow(/unable to authenticate data/);
    await expect(otherKey.checkSecretKey()).rejects.toThrow(/does not open the device tokens/);
    await expect(test.services.devices.checkSecretKey()).resolves.toBeUndefined();
  });
});
