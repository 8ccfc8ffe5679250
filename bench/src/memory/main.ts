// `pnpm bench memory`: resident memory of the apps started as an operator starts them — the apiai-api import CLI's
// peak (`/usr/bin/time`), the apiai-api server after an agent import and again after 50 queries, and almond-api
// after start, each over an idle window — against a bare Node process and a bare Fastify server measured in the same
// run. Embedded PGlite always; Postgres too when DATABASE_URL is set (a scratch database per app). Writes
// bench/results/memory.md.
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appMemory, type AppMemory } from './appProcesses.js';
import { bareFastify, bareNode, bareNodeScript, type BareProcess } from './bareProcesses.js';
import { memoryReport, type Baselines } from './memoryReport.js';
import { peakOfCommand } from './peakOfCommand.js';
import { idleWindow, type IdleWindow } from './residentWindow.js';

async function idleOf(start: () => Promise<BareProcess>, seconds: number): Promise<IdleWindow> {
  const bare = await start();
  try {
    return await idleWindow(bare.pid, seconds);
  } finally {
    await bare.stop();
  }
}

export async function run(): Promise<void> {
  const idleSeconds = Number(process.env.MEMORY_IDLE_SECONDS ?? 45);
  if (!Number.isInteger(idleSeconds) || idleSeconds < 1) throw new Error('MEMORY_IDLE_SECONDS must be a positive integer');
  const loadAtStart = loadavg()[0] ?? 0;
  const baselines: Baselines = {
    nodePeakMiB: (await peakOfCommand([process.execPath, '-e', bareNodeScript.replace('setInterval', 'setTimeout')], {})).peakMiB,
    node: await idleOf(bareNode, idleSeconds),
    fastify: await idleOf(bareFastify, idleSeconds),
  };
  console.log(`bare node: peak ${baselines.nodePeakMiB.toFixed(1)} MiB, idle ${baselines.node.endMiB.toFixed(1)} MiB; bare Fastify idle ${baselines.fastify.endMiB.toFixed(1)} MiB`);
  const runs: { storage: string; memory: AppMemory }[] = [];
  const adminUrl = process.env.DATABASE_URL?.trim() || undefined;
  for (const [storage, url] of [['embedded PGlite', undefined], ...(adminUrl === undefined ? [] : [['Postgres', adminUrl]])] as const) {
    const memory = await appMemory(url, idleSeconds);
    console.log(`${storage}: import CLI peak ${memory.cliNew.toFixed(1)} / ${memory.cliExisting.toFixed(1)} MiB, apiai-api idle ${memory.apiaiServer.endMiB.toFixed(1)} MiB (max ${memory.apiaiServer.maxMiB.toFixed(1)}), after 50 queries ${memory.apiaiAnswering.endMiB.toFixed(1)} MiB, almond-api idle ${memory.almondServer.endMiB.toFixed(1)} MiB (max ${memory.almondServer.maxMiB.toFixed(1)})`);
    runs.push({ storage, memory });
  }
  const file = fileURLToPath(new URL('../../results/memory.md', import.meta.url));
  writeFileSync(file, memoryReport({ idleSeconds, baselines, runs, load: { start: loadAtStart, end: loadavg()[0] ?? 0 } }));
  console.log(`wrote ${file}`);
}
