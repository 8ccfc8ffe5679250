// The import CLI, run as a process on the 2016 sample agent: progress lines, a new agent's tokens, then the same
// agent again by its developer token.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'apiai-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const zip = fileURLToPath(new URL('../../../../shared/data/apiai-sample-agents/slotfilling_demo_agent.zip', import.meta.url));

async function importAgent(...args: string[]): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, zip, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  return stdout.trim().split('\n');
}

describe('apiai-import-agent', { timeout: 180_000 }, () => {
  it('creates an agent, prints its tokens and one progress line per item', async () => {
    const lines = await importAgent('--name', 'slots');
    expect(lines[0]).toMatch(/^Created agent [0-9a-f-]{36}$/);
    expect(lines.slice(3)).toEqual([
      '[1/3] entity message_type',
      '[2/3] entity parent',
      '[3/3] intent send message',
      expect.stringMatching(/^Imported .*slotfilling_demo_agent\.zip into agent [0-9a-f-]{36}: 1 intents, 2 entities$/),
    ]);
    const developerToken = lines[1]?.split(': ')[1]?.trim() ?? '';
    const again = await importAgent('--developer-token', developerToken);
    expect(again[0]).toBe('[1/3] entity message_type');
    expect(again.at(-1)).toContain(lines[0]?.slice('Created agent '.length));
  });
});
