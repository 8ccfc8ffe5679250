import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { Agent, get } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The operator contract (docs/operations.md): configured by the environment, prints its URL, /healthz, reloads brain and
// settings on SIGHUP, stops cleanly on SIGTERM.

const appDir = fileURLToPath(new URL('..', import.meta.url));
const brainOne = '- name: "say-hello"\n  signals:\n    - order: "say hello"\n  neurons:\n    - say: {message: "hello"}\n';
const brainTwo = `${brainOne}- name: "say-goodbye"\n  signals:\n    - order: "say goodbye"\n  neurons:\n    - say: {message: "bye"}\n`;

let dir = '';
let server: ChildProcessWithoutNullStreams;
let url = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kalliope-main-'));
  await writeFile(join(dir, 'brain.yml'), brainOne);
  await writeFile(join(dir, 'settings.yml'), 'rest_api:\n  password_protected: False\n');
  server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: join(dir, 'data'),
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      KALLIOPE_BRAIN: join(dir, 'brain.yml'),
      KALLIOPE_SETTINGS: join(dir, 'settings.yml'),
    },
  });
  url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => reject(new Error(`exited with ${String(code)}: ${output}`)));
  });
});
afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('pnpm start', () => {
  it('prints its URL and answers /healthz', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('reloads brain.yml on SIGHUP', async () => {
    expect((await fetch(`${url}/synapses/say-goodbye`)).status).toBe(404);
    await writeFile(join(dir, 'brain.yml'), brainTwo);
    server.kill('SIGHUP');
    let status = 404;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await fetch(`${url}/synapses/say-goodbye`)).status;
    }
    expect(status).toBe(200);
  });

  it('stops cleanly on SIGTERM while a keep-alive client holds a connection', async () => {
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      get(`${url}/healthz`, { agent }, (response) => response.resume().on('end', resolve)).on('error', reject);
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    agent.destroy();
  });
});

describe('pnpm start with KALLIOPE_HOME', () => {
  const start = (env: Record<string, string>) =>
    spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: appDir,
      env: { ...process.env, PORT: '0', DATA_DIR: join(dir, 'data-home'), DATABASE_URL: '', LOG_LEVEL: 'error', KALLIOPE_BRAIN: '', KALLIOPE_SETTINGS: '', ...env },
    });

  it('runs a kit unmodified from its root', async () => {
    const kit = start({ KALLIOPE_HOME: fileURLToPath(new URL('./compat/kits/starter-fr', import.meta.url)) });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = '';
        kit.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        kit.once('exit', (code) => reject(new Error(`exited with ${String(code)}: ${output}`)));
      });
      const response = await fetch(`${address}/synapses/start/order`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ order: 'quel jour sommes-nous', mute: true }),
      });
      const run = (await response.json()) as { matched_synapses: { neuron_module_list: { generated_message: string }[] }[] };
      expect(run.matched_synapses[0]?.neuron_module_list[0]?.generated_message).toMatch(/^Nous sommes \S+ \d+ \S+ \d{4}$/);
    } finally {
      kit.kill('SIGKILL');
    }
  });

  it('stops with one line naming the file and line of each brain problem, and status 1', async () => {
    const kitDir = join(dir, 'broken-kit');
    await rm(kitDir, { recursive: true, force: true });
    await mkdir(join(kitDir, 'brains'), { recursive: true });
    await writeFile(join(kitDir, 'brain.yml'), '- includes:\n    - brains/home.yml\n');
    await writeFile(
      join(kitDir, 'brains', 'home.yml'),
      '- name: "lights-on"\n  signals: []\n  neurons:\n    - domoticz: {idx: 1}\n- name: "tv-on"\n  signals: []\n  neurons:\n    - kodi: {action: "on"}\n',
    );
    const broken = start({ KALLIOPE_HOME: kitDir });
    let stderr = '';
    broken.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => broken.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(kitDir, 'brains', 'home.yml')}:4: synapse "lights-on": unknown neuron "domoticz"`);
    expect(stderr).toContain(`${join(kitDir, 'brains', 'home.yml')}:8: synapse "tv-on": unknown neuron "kodi"`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
