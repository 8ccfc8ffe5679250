import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { csrfOf } from '../testing/oauthFlow.js';
import { readConfig } from './readConfig.js';
import { startServer } from './startServer.js';

const dataDir = mkdtempSync(join(tmpdir(), 'almond-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const appRoot = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(appRoot, 'node_modules/.bin/tsx');

/** Runs a script of the app on DATA_DIR (PGlite): DATABASE_URL, set for the rest of the suite, is cleared. */
function run(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(tsx, [join(appRoot, 'src', script), ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => stdout, errors: () => stderr };
}

/** Logs in as a browser does: the login page first, for its CSRF cookie and token. */
async function login(url: string, username: string, password: string): Promise<Response> {
  const page = await fetch(`${url}/user/login`);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  return fetch(`${url}/user/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrfOf(await page.text()), username, password }).toString(),
  });
}

describe('operator contract', { timeout: 180_000 }, () => {
  it('the admin CLI creates users and clients in DATA_DIR; the server prints a demo password and answers /healthz', async () => {
    const env = { DATA_DIR: join(dataDir, 'a'), LOG_LEVEL: 'silent' };
    const user = run('admin.ts', ['create-user', '--username', 'ops', '--password', 'ops-password', '--email', 'ops@example.com'], env);
    expect(await user.exited).toBe(0);
    expect(JSON.parse(user.output())).toMatchObject({ username: 'ops' });
    const client = run('admin.ts', ['create-client', '--name', 'Tool', '--redirect-uri', 'https://tool.example/cb', '--scopes', 'profile user-read'], env);
    expect(await client.exited).toBe(0);
    expect(Object.keys(JSON.parse(client.output()))).toEqual(['client_id', 'client_secret']);
    const bad = run('admin.ts', ['create-client', '--name', 'Tool'], env);
    expect(await bad.exited).toBe(2);
    expect(bad.errors()).toContain('usage: admin');

    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const server = await startServer(readConfig({ ...env, PORT: '0' })).finally(() => log.mockRestore());
    try {
      expect(printed[0]).toMatch(/^almond-api listening on http:\/\/127\.0\.0\.1:\d+/);
      const demoPassword = /demo user: demo \/ (\S+)/.exec(printed.join('\n'))?.[1];
      expect(demoPassword).toBeDefined();
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
      expect((await login(server.url, 'demo', demoPassword ?? '')).status).toBe(303);
      expect((await login(server.url, 'ops', 'ops-password')).status).toBe(303);
      expect(statSync(join(env.DATA_DIR, 'secret.key')).mode & 0o777).toBe(0o600);
    } finally {
      await server.close();
    }
  });

  it('refuses to start on Postgres without ALMOND_SECRET_KEY, before connecting', async () => {
    await expect(startServer(readConfig({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: '0', LOG_LEVEL: 'silent' }))).rejects.toThrow(
      /ALMOND_SECRET_KEY must be set with DATABASE_URL/,
    );
  });

  it('pnpm start: listens on PORT and stops cleanly on SIGTERM', async () => {
    const server = run('main.ts', [], { DATA_DIR: join(dataDir, 'b'), PORT: '0', LOG_LEVEL: 'silent' });
    await expect.poll(() => /listening on (\S+)/.exec(server.output())?.[1], { timeout: 120_000, interval: 200 }).toBeDefined();
    const url = /listening on (\S+)/.exec(server.output())?.[1] ?? '';
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
