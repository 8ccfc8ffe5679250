// The apps as an operator runs them on one storage: the apiai-api import CLI (`node dist/cli.js <zip>`, what
// `pnpm --filter @parley/apiai-api import-agent` runs) into a new and then an existing database, the apiai-api
// server on that database after an import through POST /v1/agent/import, and almond-api's first start on a new
// database with its defaults. Each step in its own process; PGlite in a new DATA_DIR, or a scratch Postgres
// database when `adminUrl` is given.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnApp, type AppName } from '@parley/e2e';
import { createScratchDatabase } from '@parley/storage';
// The 8-intent agent of apiai-api's migration tests (10 KB zip), the agent its README's memory figures are about.
import { migrationAgentZip } from '../../../apps/apiai-api/src/testing/migrationAgent.js';
import { peakOfCommand } from './peakOfCommand.js';
import { idleWindow, type IdleWindow } from './residentWindow.js';

export interface AppMemory {
  cliNew: number;
  cliExisting: number;
  apiaiServer: IdleWindow;
  /** The same server after it has answered queries (which load the recognizers-text suite), over a second window. */
  apiaiAnswering: IdleWindow;
  almondServer: IdleWindow;
  zipBytes: number;
}

interface Storage {
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function storageFor(adminUrl: string | undefined, app: AppName): Promise<Storage> {
  if (adminUrl === undefined) {
    const dataDir = mkdtempSync(join(tmpdir(), `bench-memory-${app}-`));
    return { env: { DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchDatabase(adminUrl, `memory_${app}`);
  return { env: { DATABASE_URL: scratch.url }, drop: () => scratch.drop() };
}

const cliFile = fileURLToPath(new URL('./cli.js', import.meta.resolve('@parley/apiai-api')));

/** Sentences in the test agent's style: numbers, percentages, dates and free text, over a few sessions. */
const QUERIES = ['I want 2 biryani and 3 naans', 'please what is la la land about', 'raise it by 40 percent', 'book it for tomorrow at 5pm', 'hello'];

/** 50 queries, one at a time, each answered with 200. */
async function askQueries(url: string, token: string): Promise<void> {
  for (let n = 0; n < 50; n += 1) {
    const answer = await fetch(`${url}/v1/query?v=20150910`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERIES[n % QUERIES.length], sessionId: `memory-${n % 7}`, lang: 'en' }),
    });
    if (!answer.ok) throw new Error(`POST /v1/query answered ${answer.status}: ${await answer.text()}`);
    await answer.arrayBuffer();
  }
}

async function apiaiMemory(adminUrl: string | undefined, zipFile: string, idleSeconds: number) {
  const storage = await storageFor(adminUrl, 'apiai-api');
  try {
    const env = { LOG_LEVEL: 'warn', ...storage.env };
    const created = await peakOfCommand([process.execPath, cliFile, zipFile], env);
    const developerToken = /developer access token:\s+(\S+)/.exec(created.output)?.[1];
    if (developerToken === undefined) throw new Error(`the import CLI printed no developer token:\n${created.output}`);
    const again = await peakOfCommand([process.execPath, cliFile, zipFile, '--developer-token', developerToken], env);
    const server = await spawnApp('apiai-api', { env });
    try {
      const answer = await fetch(`${server.url}/v1/agent/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${developerToken}`, 'content-type': 'application/zip' },
        body: readFileSync(zipFile),
      });
      if (!answer.ok) throw new Error(`POST /v1/agent/import answered ${answer.status}: ${await answer.text()}`);
      const apiaiServer = await idleWindow(server.process.pid ?? 0, idleSeconds);
      await askQueries(server.url, developerToken);
      return { cliNew: created.peakMiB, cliExisting: again.peakMiB, apiaiServer, apiaiAnswering: await idleWindow(server.process.pid ?? 0, idleSeconds) };
    } finally {
      await server.stop();
    }
  } finally {
    await storage.drop();
  }
}

async function almondMemory(adminUrl: string | undefined, idleSeconds: number): Promise<IdleWindow> {
  const storage = await storageFor(adminUrl, 'almond-api');
  try {
    // Postgres needs the key every instance shares; on PGlite the app makes its own (its README, Configuration).
    const secret = adminUrl === undefined ? {} : { ALMOND_SECRET_KEY: randomBytes(32).toString('hex') };
    const server = await spawnApp('almond-api', { env: { ...storage.env, ...secret } });
    try {
      return await idleWindow(server.process.pid ?? 0, idleSeconds);
    } finally {
      await server.stop();
    }
  } finally {
    await storage.drop();
  }
}

export async function appMemory(adminUrl: string | undefined, idleSeconds: number): Promise<AppMemory> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-memory-zip-'));
  try {
    const zip = migrationAgentZip('http://127.0.0.1:9/webhook');
    const zipFile = join(folder, 'agent.zip');
    writeFileSync(zipFile, zip);
    const apiai = await apiaiMemory(adminUrl, zipFile, idleSeconds);
    return { ...apiai, almondServer: await almondMemory(adminUrl, idleSeconds), zipBytes: zip.byteLength };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
