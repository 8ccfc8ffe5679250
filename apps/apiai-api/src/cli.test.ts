// The import CLI, run as a process on the 2016 sample agent: progress lines (stdout is a pipe here, so lines, not
// a bar), a new agent's tokens, then the same agent again by its developer token; `--train` on the 2015 sample agent.
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
const samples = '../../../../shared/data/apiai-sample-agents/';
const zip = fileURLToPath(new URL(`${samples}slotfilling_demo_agent.zip`, import.meta.url));

async function importAgent(...args: string[]): Promise<string[]> {
  return importZip(zip, ...args);
}

async function importZip(path: string, ...args: string[]): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, path, ...args], {
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

  it('trains the imported agent with --train, one progress line per stage', async () => {
    const lines = await importZip(fileURLToPath(new URL(`${samples}lego_agent_2015_templates.zip`, import.meta.url)), '--name', 'lego', '--train');
    const training = lines.slice(lines.findIndex((line) => line.startsWith('Imported ')) + 1);
    expect(training).toEqual([
      expect.stringMatching(/^\[0\/2\] training on \d+ sentences$/),
      expect.stringMatching(/^\[1\/2\] trained in \d+ ms, calibrating the threshold$/),
      expect.stringMatching(/^\[2\/2\] calibrated in \d+ ms$/),
      expect.stringMatching(/^Trained the classifier on \d+ sentences of \d+ intents \(threshold 0\.\d{3}\)$/),
    ]);
  });
});
