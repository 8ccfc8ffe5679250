// The throughput part of `pnpm bench apiai`: the bare Fastify route of `pnpm bench load` (the baseline), then
// /v1/query on the CLINC150 agent on embedded PGlite and on Postgres (DATABASE_URL set), once more on PGlite under
// the CPU profiler for the flame summary, and the kalliope order and almond profile endpoints of `pnpm bench load`
// under the same load for comparison. All in the same run, one server at a time.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { almondProfile, apiaiQuery, bareFastify, kalliopeOrder, type LoadTarget } from '../load/loadTargets.js';
import { steadyLoad, type SteadyResult } from '../load/steadyLoad.js';
import type { ClincSplits } from '../nlu/datasets.js';
import { LOAD, loadRun } from './loadRun.js';
import { profileSummary } from './profileSummary.js';

export const THROUGHPUT_HEADING = '## Throughput and latency';

async function loaded(start: () => Promise<LoadTarget>): Promise<SteadyResult> {
  const target = await start();
  try {
    return await steadyLoad(target, LOAD);
  } finally {
    await target.stop();
  }
}

const bareRoute = () => loaded(bareFastify);

interface Row {
  readonly label: string;
  readonly result: SteadyResult;
  /** The bare route right before, on the same busy machine. */
  readonly bare: SteadyResult;
}

/** `start`'s target loaded right after the bare route (the target already started and idle meanwhile). */
async function paired(label: string, start: () => Promise<LoadTarget>): Promise<Row> {
  const target = await start();
  try {
    const bare = await bareRoute();
    return { label, bare, result: await steadyLoad(target, LOAD) };
  } finally {
    await target.stop();
  }
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The report's throughput and flame sections. */
export async function measureThroughput(agentZip: Uint8Array, clinc: ClincSplits): Promise<string> {
  const probe = clinc.val[0]?.text ?? 'what is the weather';
  const postgres = process.env.DATABASE_URL?.trim() ? 'Postgres' : undefined;
  mkdirSync(fileURLToPath(new URL('../../.tmp', import.meta.url)), { recursive: true });
  console.log('  throughput…');
  const rows: Row[] = [];
  const pglite = await loadRun('PGlite', agentZip, clinc.test, probe, bareRoute);
  rows.push({ label: 'apiai-api /v1/query, PGlite', result: pglite.result, bare: pglite.baseline });
  if (postgres !== undefined) {
    const run = await loadRun('Postgres', agentZip, clinc.test, probe, bareRoute);
    rows.push({ label: 'apiai-api /v1/query, Postgres', result: run.result, bare: run.baseline });
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'apiai-profile-'));
  let flame;
  try {
    const profiled = await loadRun('PGlite', agentZip, clinc.test, probe, bareRoute, profileDir);
    rows.push({ label: 'apiai-api /v1/query, PGlite, under --cpu-prof', result: profiled.result, bare: profiled.baseline });
    flame = profileSummary(profileDir, profiled.window);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  const storage = postgres ?? 'PGlite';
  rows.push(await paired(`apiai-api /v1/query, demo agent (a context stored on every answer), ${storage}`, apiaiQuery));
  rows.push(await paired(`kalliope-api POST /synapses/start/order, ${storage}`, kalliopeOrder));
  rows.push(await paired(`almond-api GET /me/api/profile, ${storage}`, almondProfile));
  for (const { label, result, bare } of rows) {
    console.log(`  ${label}: ${result.requestsPerSecond.toFixed(0)} req/s (bare route ${bare.requestsPerSecond.toFixed(0)}), p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
  }

  const loadRow = ({ label, result, bare }: Row) =>
    `| ${label} | ${result.requestsPerSecond.toFixed(0)} | ${bare.requestsPerSecond.toFixed(0)} | ${pct(result.requestsPerSecond / Math.max(bare.requestsPerSecond, 1))} | ${result.p50Ms} | ${result.p99Ms} | ${result.non2xx} | ${result.errors} |`;
  return [
    THROUGHPUT_HEADING,
    '',
    `Each server in its own process on loopback; autocannon with ${LOAD.connections} connections for ${LOAD.durationSeconds} s after a 2 s warm-up. apiai-api: the`,
    'CLINC150 agent above, imported with `POST /v1/agent/import` (the load starts once the classifier answers and the',
    'server reports its calibration done), `POST /v1/query` with CLINC150 test sentences cycling over 1,000 sessions.',
    "CLINC150's intents set no context, so an answer leaves its session as it was and nothing is written (on Postgres one",
    "read checks the session's version and the agent's revision); the demo agent's row (`pnpm bench load`'s target, 500",
    'sessions) stores a context on every answer. Baseline: the bare Fastify JSON route of `pnpm bench load`, loaded right',
    'before each row (its server already started and idle), so that both see the same share of a shared machine.',
    'The kalliope order and almond profile endpoints are the targets of `pnpm bench load` under this same load.',
    '',
    '| endpoint | requests/s | bare route just before, requests/s | of bare route | p50 ms | p99 ms | non-2xx | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(loadRow),
    '',
    '## Where the query path spends its time',
    '',
    "Self time of the server's main thread (V8 `--cpu-prof`) during the load of the profiled PGlite run (samples",
    'outside the load window left out; training runs in a worker thread, not counted), top 10:',
    '',
    '| function | where | self time |',
    '|---|---|---:|',
    ...flame.map((entry) => `| \`${entry.name}\` | ${entry.where === '' ? '–' : `\`${entry.where}\``} | ${pct(entry.share)} |`),
    '',
  ].join('\n');
}
