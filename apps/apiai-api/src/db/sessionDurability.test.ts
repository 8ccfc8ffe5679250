// An acknowledged answer survives SIGKILL: the session write happens before the answer is sent — the first write of a
// session (an insert naming the agent revision) as well as later ones (an update from the version this instance
// remembers), for many sessions answered at once. The server runs as
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

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('session writes under SIGKILL', { timeout: 240_000 }, () => {
  it('keeps the contexts of acknowledged answers when the server is killed right after them', async () => {
    const first = await startServer();
    const headers = { authorization: `Bearer ${first.clientToken}`, 'content-type': 'application/json' };
    const ask = (sessionId: string, body: Record<string, unknown>) =>
      fetch(`${first.url}/v1/query?v=20150910`, { method: 'POST', headers, body: JSON.stringify({ sessionId, lang: 'en', ...body }) });
    expect((await ask('killed', { query: 'turn on the coffee machine' })).status).toBe(200);
    // A second answer of the same session is an update of the row the first one inserted.
    expect((await ask('killed', { query: 'turn on the coffee machine', contexts: [{ name: 'second', lifespan: 3 }] })).status).toBe(200);
    const many = await Promise.all(range(20).map((index) => ask(`many-${index}`, { query: 'turn on the coffee machine' })));
    expect(many.map((answer) => answer.status)).toEqual(range(20).map(() => 200));
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;

    const second = await startServer();
    const contextsOf = async (sessionId: string) => {
      const contexts = await fetch(`${second.url}/v1/contexts?sessionId=${sessionId}`, { headers: { authorization: `Bearer ${second.clientToken}` } });
      return ((await contexts.json()) as { name: string }[]).map((context) => context.name).sort();
    };
    expect(await contextsOf('killed')).toEqual(['house', 'second']);
    for (const index of range(20)) expect(await contextsOf(`many-${index}`)).toEqual(['house']);
    second.child.kill('SIGTERM');
  });
});
