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
import { monotonicMicroseconds, type ProfileWindow } from './profileSummary.js';
import { spawnServer } from './spawnedServer.js';

export const LOAD: LoadSettings = { connections: 32, durationSeconds: 10 };
const SESSIONS = 1000;

export interface LoadRun {
  readonly storage: string;
  readonly result: SteadyResult;
  /** From the import until the classifier answered a sentence that is no example. */
  readonly trainedMs: number;
  /** When the load (its warm-up included) ran, in microseconds of the monotonic clock V8's profiles use. */
  readonly window: ProfileWindow;
  /** The bare route measured right before this load (the server idle meanwhile). */
  readonly baseline: SteadyResult;
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

/** Longest wait for the classifier's calibration (the load then shares the CPU with it: said on stderr). */
const CALIBRATION_WAIT_MS = 15 * 60_000;

const calibrations = async (url: string): Promise<number> => {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Number(/^apiai_classifier_training_seconds_count\{stage="calibrated"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
};

/**
 * Polls /metrics until the worker reports one more calibration than `before` (counted once the new classifier
 * answered: the demo agent's own calibration at start-up comes before), so that the load does not share the CPU with it.
 */
async function untilCalibrated(url: string, before: number): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < CALIBRATION_WAIT_MS) {
    if ((await calibrations(url)) > before) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.warn(`  no calibration reported within ${CALIBRATION_WAIT_MS / 1000} s: the load starts anyway`);
}

/**
 * One load run, right after `baseline` (the bare route, measured once the server is ready, so that both see the same
 * share of a busy machine); `profileDir`: run the server under the CPU profiler (its profile written there on exit).
 */
export async function loadRun(
  storage: 'PGlite' | 'Postgres',
  agentZip: Uint8Array,
  questions: readonly LabelledText[],
  probe: string,
  baseline: () => Promise<SteadyResult>,
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
    await untilCalibrated(server.url, await calibrations(server.url));
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
    const bare = await baseline();
    const start = monotonicMicroseconds();
    const result = await steadyLoad(target, LOAD);
    return { storage, result, trainedMs, window: { start, end: monotonicMicroseconds() }, baseline: bare };
  } finally {
    await server.stop();
    await scratch?.drop();
  }
}
