import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/testApp.js';
import { runAdminCommand, UsageError } from './adminCommand.js';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => test.close());

describe('admin commands', () => {
  it('create a user who can log in', async () => {
    const out = JSON.parse(await runAdminCommand(['create-user', '--username', 'carol', '--password', 'carol-secret', '--email', 'c@example.com'], test.services));
    expect(out.username).toBe('carol');
    expect(await test.services.users.authenticate('carol', 'carol-secret')).toMatchObject({ email: 'c@example.com' });
    expect(await test.services.users.authenticate('carol', 'wrong')).toBeUndefined();
  });

  it('create confidential and public clients', async () => {
    const confidential = JSON.parse(
      await runAdminCommand(['create-client', '--name', 'App', '--redirect-uri', 'https://app.example/cb', '--scopes', 'profile user-exec-commands'], test.services),
    );
    expect(confidential.client_id).toMatch(/^[0-9a-f]{24}$/);
    expect(typeof confidential.client_secret).toBe('string');
    const stored = await test.services.clients.byId(confidential.client_id);
    expect(stored).toMatchObject({ name: 'App', allowedScopes: ['profile', 'user-exec-command'], redirectUris: ['https://app.example/cb'] });
    expect(await test.services.clients.authenticate(confidential.client_id, confidential.client_secret)).toBeDefined();
    const publicClient = JSON.parse(
      await runAdminCommand(['create-client', '--name', 'Phone', '--redirect-uri', 'http://127.0.0.1:9999/cb', '--scopes', 'profile', '--public'], test.services),
    );
    expect(publicClient.client_secret).toBeNull();
  });

  it('reject bad input', async () => {
    await expect(runAdminCommand(['create-client', '--name', 'A', '--redirect-uri', 'https://a.example/', '--scopes', 'root'], test.services)).rejects.toThrow(UsageError);
    await expect(runAdminCommand(['create-client', '--name', 'A', '--redirect-uri', 'http://evil.example/', '--scopes', 'profile'], test.services)).rejects.toThrow(/redirect URI/);
    await expect(runAdminCommand(['drop-tables'], test.services)).rejects.toThrow(UsageError);
    await expect(runAdminCommand(['create-user', '--username', 'carol2'], test.services)).rejects.toThrow(UsageError);
  });
});
