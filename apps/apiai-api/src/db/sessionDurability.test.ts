// An acknowledged answer survives SIGKILL: the session write happens before the answer is sent. The server runs as
// `pnpm start` would (from sources through tsx) on a PGlite folder, is killed without warning, and is started again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'apiai-kill-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

async function startServer(): Promise<{ url: string; clientToken: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/[0-9.:]+)/.exec(output)?.[1];
      const clientToken = /client access token:\s+(\S+)/.exec(output)?.[1];
      if (url !== undefined && clientToken !== undefined) resolve({ url, clientToken, child });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

describe('session writes under SIGKILL', { timeout: 240_000 }, () => {
  it('keeps the contexts of an acknowledged answer when the server is killed right after it', async () => {
    const first = await startServer();
    const headers = { authorization: `Bearer ${first.clientToken}`, 'content-type': 'application/json' };
    const answer = await fetch(`${first.url}/v1/query?v=20150910`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: 'turn on the coffee machine', sessionId: 'killed', lang: 'en' }),
    });
    expect(answer.status).toBe(200);
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;

    const second = await startServer();
    const contexts = await fetch(`${second.url}/v1/contexts?sessionId=killed`, { headers: { authorization: `Bearer ${second.clientToken}` } });
    expect((await contexts.json()) as { name: string }[]).toEqual([expect.objectContaining({ name: 'house' })]);
    second.child.kill('SIGTERM');
  });
});
