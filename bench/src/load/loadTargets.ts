// The servers under load, each in its own process on loopback: a bare Fastify route (the baseline), then each
// app's busiest JSON endpoint with real work behind it (NLU and storage).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { almondDeployment, createClient, createUser, grantTokens, spawnAlmond, spawnApp, type SpawnedApp } from '@parley/e2e';
import { createScratchDatabase, type ScratchDatabase } from '@parley/storage';

export interface LoadTarget {
  name: string;
  /** What one request does, for the report. */
  request: string;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Per-request changes (a session per simulated user), applied by autocannon's setupRequest. */
  vary?: (n: number) => { body?: string; headers?: Record<string, string> };
  /** How many sessions `vary` cycles through: the warm-up sends one request to each first. */
  sessions?: number;
  pid: number;
  stop(): Promise<void>;
}

const json = { 'content-type': 'application/json' };
/** Simulated users of the apps with sessions (apiai-api, kalliope-api), each with its own stored state. */
const SESSIONS = 500;

async function storage(label: string): Promise<ScratchDatabase | undefined> {
  const adminUrl = process.env.DATABASE_URL?.trim();
  return adminUrl ? createScratchDatabase(adminUrl, `load_${label}`) : undefined;
}

/** SIGTERM, then SIGKILL if the server has not exited 15 s later (said on stderr: the run goes on). */
function stopping(server: SpawnedApp, database: ScratchDatabase | undefined): () => Promise<void> {
  return async () => {
    const exited = server.stop('SIGTERM');
    const timer = setTimeout(() => {
      console.warn(`${server.url} did not exit within 15 s of SIGTERM: killing it`);
      server.process.kill('SIGKILL');
    }, 15_000);
    await exited;
    clearTimeout(timer);
    await database?.drop();
  };
}

export async function bareFastify(): Promise<LoadTarget> {
  const script = fileURLToPath(new URL('./bareServer.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString('utf8'));
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    name: 'bare Fastify route',
    request: 'POST /echo (JSON body echoed)',
    url: `${url}/echo`,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ query: 'Forecast for DC', sessionId: 'load' }),
    pid: child.pid ?? 0,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

export async function apiaiQuery(): Promise<LoadTarget> {
  const database = await storage('apiai');
  const server = await spawnApp('apiai-api', { env: { DATA_DIR: fileURLToPath(new URL('../../.tmp/load-apiai', import.meta.url)), ...(database ? { DATABASE_URL: database.url } : {}) } });
  let clientToken: string | undefined;
  for (let waited = 0; clientToken === undefined && waited < 10_000; waited += 100) {
    clientToken = /client access token:\s+(\S+)/.exec(server.output())?.[1]; // printed right after the listening line
    if (clientToken === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (clientToken === undefined) throw new Error(`apiai-api printed no demo client token:\n${server.output()}`);
  return {
    name: 'apiai-api',
    request: `POST /v1/query "Forecast for DC" (demo agent, ${SESSIONS} sessions, contexts stored)`,
    url: `${server.url}/v1/query?v=20150910`,
    method: 'POST',
    headers: { ...json, authorization: `Bearer ${clientToken}` },
    body: JSON.stringify({ query: 'Forecast for DC', sessionId: 'load', lang: 'en' }),
    vary: (n) => ({ body: JSON.stringify({ query: 'Forecast for DC', sessionId: `load-${n % SESSIONS}`, lang: 'en' }) }),
    sessions: SESSIONS,
    pid: server.process.pid ?? 0,
    stop: stopping(server, database),
  };
}

export async function kalliopeOrder(): Promise<LoadTarget> {
  const database = await storage('kalliope');
  // The demo settings protect the API (Kalliope's default): the benchmark names the credentials.
  const credentials = { KALLIOPE_API_LOGIN: 'bench', KALLIOPE_API_PASSWORD: 'bench-load-password' };
  const authorization = `Basic ${Buffer.from('bench:bench-load-password').toString('base64')}`;
  const server = await spawnApp('kalliope-api', { env: { ...credentials, DATA_DIR: fileURLToPath(new URL('../../.tmp/load-kalliope', import.meta.url)), ...(database ? { DATABASE_URL: database.url } : {}) } });
  return {
    name: 'kalliope-api',
    request: `POST /synapses/start/order "say hello" (demo brain, mute, ${SESSIONS} session keys, dialogue stored)`,
    url: `${server.url}/synapses/start/order`,
    method: 'POST',
    headers: { ...json, authorization },
    body: JSON.stringify({ order: 'say hello', mute: true }),
    vary: (n) => ({ headers: { ...json, authorization, 'x-parley-session': `load-${n % SESSIONS}` } }),
    sessions: SESSIONS,
    pid: server.process.pid ?? 0,
    stop: stopping(server, database),
  };
}

export interface AlmondTarget extends LoadTarget {
  base: string;
  accessToken: string;
}

export async function almondProfile(): Promise<AlmondTarget> {
  const database = await storage('almond');
  const deployment = almondDeployment(database?.url);
  const user = await createUser(deployment, 'loaduser'); // before the server: PGlite allows one process at a time
  const client = await createClient(deployment);
  const server = await spawnAlmond(deployment);
  const { accessToken } = await grantTokens(server.url, user, client);
  return {
    name: 'almond-api',
    request: 'GET /me/api/profile (bearer token checked, user read: both cached per instance for 1 s, cleared on revocation)',
    url: `${server.url}/me/api/profile`,
    method: 'GET',
    headers: { authorization: `Bearer ${accessToken}` },
    pid: server.process.pid ?? 0,
    base: server.url,
    accessToken,
    stop: stopping(server, database),
  };
}
