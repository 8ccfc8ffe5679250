// `pnpm bench load`: throughput and p50/p99 latency of each app's busiest endpoint against a bare Fastify route
// (autocannon, loopback, bounded time), memory per open almond conversation; `LOAD_SOAK=1` instead holds each
// app under load for LOAD_DURATION (default 60 s) sampling RSS. Writes bench/results/load.md and its SVG charts.
// DATABASE_URL set: each app on its own scratch Postgres database; unset: embedded PGlite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { conversationMemory } from './conversationMemory.js';
import { mergeReport, soakSection, steadySection, type PairedResult } from './loadReport.js';
import { almondProfile, apiaiQuery, bareFastify, kalliopeOrder, type LoadTarget } from './loadTargets.js';
import { soak, type SoakResult } from './soak.js';
import { steadyLoad, type LoadSettings } from './steadyLoad.js';
import { barChart, lineChart } from './svgCharts.js';

const results = (name: string) => fileURLToPath(new URL(`../../results/${name}`, import.meta.url));

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

async function withTarget<T>(start: () => Promise<LoadTarget>, use: (target: LoadTarget) => Promise<T>): Promise<T> {
  const target = await start();
  try {
    return await use(target);
  } finally {
    await target.stop();
  }
}

export async function run(): Promise<void> {
  const soakMode = process.env.LOAD_SOAK === '1';
  const settings: LoadSettings = {
    connections: positive('LOAD_CONNECTIONS', 16),
    durationSeconds: positive('LOAD_DURATION', soakMode ? 60 : 10),
  };
  const storage = process.env.DATABASE_URL?.trim() ? 'Postgres (one scratch database per app)' : 'embedded PGlite';
  mkdirSync(fileURLToPath(new URL('../../.tmp', import.meta.url)), { recursive: true });
  const file = results('load.md');

  if (soakMode) {
    const soaked: SoakResult[] = [];
    for (const start of [apiaiQuery, kalliopeOrder, almondProfile]) {
      const result = await withTarget(start, (target) => soak(target, settings));
      console.log(`${result.target}: ${result.requests} requests, RSS ${result.earlyMiB.toFixed(1)} → ${result.lateMiB.toFixed(1)} MiB`);
      soaked.push(result);
    }
    writeFileSync(results('load-soak.svg'), lineChart('Server RSS under steady load', 'seconds', 'RSS (MiB)', soaked.map((row) => ({ label: row.target, points: row.samples }))));
    writeFileSync(file, mergeReport(file, { soak: soakSection(storage, settings, soaked) }));
    return;
  }

  // The machine is shared: the bare route is loaded again right before each app, and each app is compared with
  // that run (the same minute's conditions), not with one baseline taken minutes earlier.
  const steady: PairedResult[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  let memory;
  await withTarget(bareFastify, async (bare) => {
    const measure = async (target: LoadTarget): Promise<PairedResult> => {
      const baseline = await steadyLoad(bare, settings);
      const result = await steadyLoad(target, settings);
      console.log(`${result.target}: ${result.requestsPerSecond.toFixed(0)} req/s (bare route just before: ${baseline.requestsPerSecond.toFixed(0)}), p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, non-2xx ${result.non2xx}`);
      return { ...result, baseline };
    };
    for (const start of [apiaiQuery, kalliopeOrder]) steady.push(await withTarget(start, measure));
    const almond = await almondProfile();
    try {
      steady.push(await measure(almond));
      memory = await conversationMemory(almond, positive('LOAD_CONVERSATIONS', 200));
      console.log(`almond-api: ${memory.kibPerConversation.toFixed(0)} KiB per open conversation`);
    } finally {
      await almond.stop();
    }
  });
  const bars = steady.flatMap((row) => [{ label: `bare route (before ${row.target})`, value: row.baseline.requestsPerSecond }, { label: row.target, value: row.requestsPerSecond }]);
  writeFileSync(results('load.svg'), barChart(`Requests per second (${settings.connections} connections, ${settings.durationSeconds} s)`, 'req/s', bars));
  writeFileSync(file, mergeReport(file, { steady: steadySection(storage, settings, steady, memory, { start: loadAtStart, end: loadavg()[0] ?? 0 }) }));
}
