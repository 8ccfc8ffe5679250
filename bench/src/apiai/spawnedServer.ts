// The api.ai server as operators run it (its `start` script, its own process, loopback), optionally under the V8 CPU
// profiler (`--cpu-prof`, written when it exits); its demo agent's tokens are read from what it prints.
import { spawn } from 'node:child_process';
import { appStartArgs } from '@parley/e2e';

export interface SpawnedServer {
  readonly url: string;
  readonly developerToken: string;
  readonly clientToken: string;
  readonly pid: number;
  /** SIGTERM, and resolves once the process exited (its profile written). */
  stop(): Promise<void>;
}

export async function spawnServer(env: Record<string, string>, profileDir?: string): Promise<SpawnedServer> {
  const flags = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
  const child = spawn(process.execPath, [...flags, ...appStartArgs('apiai-api')], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', APIAI_RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const started = await new Promise<{ url: string; developerToken: string; clientToken: string }>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/[0-9.:]+)/.exec(output)?.[1];
      const developerToken = /developer access token:\s+(\S+)/.exec(output)?.[1];
      const clientToken = /client access token:\s+(\S+)/.exec(output)?.[1];
      if (url !== undefined && developerToken !== undefined && clientToken !== undefined) resolve({ url, developerToken, clientToken });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`apiai-api exited before listening:\n${output}`)));
  });
  return {
    ...started,
    pid: child.pid ?? 0,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
