// The throughput part of `pnpm bench apiai`: a 150-intent agent (CLINC150's, imported into the demo agent with
// POST /v1/agent/import) in a spawned server, loaded by autocannon with 32 connections cycling over 1,000 sessions and asking
// CLINC150 test sentences; the bare Fastify route of `pnpm bench load` is the baseline of the same run.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '@parley/storage';
import type { LabelledText } from '../nlu/datasets.js';
import type { LoadTarget } from '../load/loadTargets.js';
import { steadyLoad, type LoadSettings, type SteadyResult } from '../load/steadyLoad.js';
import { postJson } from './agentServer.js';
import { spawnServer } from './spawnedServer.js';

export const LOAD: LoadSettings = { connections: 32, durationSeconds: 10 };
const SESSIONS = 1000;

export interface LoadRun {
  readonly storage: string;
  readonly result: SteadyResult;
  /** From the import until the classifier answered a sentence that is no example. */
  readonly trainedMs: number;
}

/** Polls until a sentence that is no training example is answered by the classifier (score below 1, no fallback). */
async function untilClassifierAnswers(url: string, token: string, probe: string): Promise<void> {
  for (;;) {
    const answer = (await postJson(`${url}/v1/query?v=20150910`, token, { query: probe, sessionId: 'probe', lang: 'en' })) as {
      result?: { score?: number; metadata?: { isFallbackIntent?: string } };
    };
    if (answer.result?.metadata?.isFallbackIntent === 'false' && (answer.result.score ?? 1) < 1) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * One load run. `calibrationMs`: how long to let the worker calibrate after training (measured in the accuracy run),
 * so that the load does not share the CPU with it. `profileDir`: run the server under the CPU profiler.
 */
export async function loadRun(
  storage: 'PGlite' | 'Postgres',
  agentZip: Uint8Array,
  questions: readonly LabelledText[],
  probe: string,
  calibrationMs: number,
  profileDir?: string,
): Promise<LoadRun> {
  const adminUrl = process.env.DATABASE_URL?.trim();
  const scratch = storage === 'Postgres' && adminUrl ? await createScratchDatabase(adminUrl, 'bench_apiai') : undefined;
  const dataDir = fileURLToPath(new URL(`../../.tmp/bench-apiai-${storage}`, import.meta.url));
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const server = await spawnServer(scratch === undefined ? { DATA_DIR: dataDir } : { DATA_DIR: dataDir, DATABASE_URL: scratch.url }, profileDir);
  try {
    const trainStart = performance.now();
    const imported = await fetch(`${server.url}/v1/agent/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.developerToken}`, 'content-type': 'application/zip' },
      body: agentZip,
    });
    if (!imported.ok) throw new Error(`the agent import failed: ${imported.status} ${await imported.text()}`);
    await untilClassifierAnswers(server.url, server.clientToken, probe);
    const trainedMs = performance.now() - trainStart;
    await new Promise((resolve) => setTimeout(resolve, calibrationMs));
    const target: LoadTarget = {
      name: `apiai-api (${storage})`,
      request: 'POST /v1/query, CLINC150 test sentences, 1,000 sessions',
      url: `${server.url}/v1/query?v=20150910`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.clientToken}` },
      body: JSON.stringify({ query: questions[0]?.text ?? '', sessionId: 'load-0', lang: 'en' }),
      vary: (n) => ({ body: JSON.stringify({ query: questions[n % questions.length]?.text ?? '', sessionId: `load-${n % SESSIONS}`, lang: 'en' }) }),
      pid: server.pid,
      stop: () => server.stop(),
    };
    return { storage, result: await steadyLoad(target, LOAD), trainedMs };
  } finally {
    await server.stop();
    await scratch?.drop();
  }
}
