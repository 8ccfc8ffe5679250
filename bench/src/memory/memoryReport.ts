// bench/results/memory.md: the apps' peak and idle resident memory beside the bare processes of the same run, and
// whether each is under its target (issues #17 and #22: 200 MB for the import CLI's peak and the apiai-api server,
// taken as 200,000,000 bytes = 190.7 MiB; 200 MiB for almond-api idle).
import { cpus } from 'node:os';
import type { AppMemory } from './appProcesses.js';
import type { IdleWindow } from './residentWindow.js';

export interface Baselines {
  /** `/usr/bin/time` peak of a bare `node -e` that waits a second. */
  nodePeakMiB: number;
  node: IdleWindow;
  fastify: IdleWindow;
}

export interface MemoryRun {
  idleSeconds: number;
  baselines: Baselines;
  runs: { storage: string; memory: AppMemory }[];
  load: { start: number; end: number };
}

const MB_200_IN_MIB = 200e6 / 2 ** 20;
const fixed = (value: number) => value.toFixed(1);
const window = (idle: IdleWindow) => `${fixed(idle.startMiB)} / ${fixed(idle.maxMiB)} / ${fixed(idle.endMiB)}`;
const verdict = (value: number, limit: number) => (value < limit ? 'yes' : '**no**');

function appRows(run: MemoryRun, storage: string, memory: AppMemory): string[] {
  const { nodePeakMiB, fastify } = run.baselines;
  const cli = (label: string, peak: number) =>
    `| ${storage} | apiai-api import CLI, ${label} | ${fixed(peak)} | | +${fixed(peak - nodePeakMiB)} (peak of bare Node) | < 200 MB (190.7 MiB) peak | ${verdict(peak, MB_200_IN_MIB)} |`;
  const server = (label: string, idle: IdleWindow, limit: number, target: string) =>
    `| ${storage} | ${label} | ${fixed(idle.peakMiB)} | ${window(idle)} | +${fixed(idle.endMiB - fastify.endMiB)} (bare Fastify at the end of its window) | ${target} at the end of the idle window | ${verdict(idle.endMiB, limit)} |`;
  return [
    cli('new database', memory.cliNew),
    cli('same agent again (existing database)', memory.cliExisting),
    server('apiai-api server, after POST /v1/agent/import of the same zip', memory.apiaiServer, MB_200_IN_MIB, '< 200 MB (190.7 MiB)'),
    server('the same apiai-api server after 50 queries (recognizers-text suite loaded), a second window', memory.apiaiAnswering, MB_200_IN_MIB, '< 200 MB (190.7 MiB)'),
    server('almond-api server, first start on a new database (defaults: demo user)', memory.almondServer, 200, '< 200 MiB'),
  ];
}

export function memoryReport(run: MemoryRun): string {
  const { baselines } = run;
  const zipKiB = (run.runs[0]?.memory.zipBytes ?? 0) / 1024;
  return [
    '# Memory benchmark',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Load average (1 min): ${run.load.start.toFixed(2)} when the run started, ${run.load.end.toFixed(2)} when it ended.`,
    '',
    `Run: \`pnpm bench memory\` (MEMORY_IDLE_SECONDS=${run.idleSeconds}). Every process is a plain \`node\` started as an operator starts it: the import CLI is \`node apps/apiai-api/dist/cli.js <zip>\` (what \`pnpm --filter @parley/apiai-api import-agent\` runs) with the ${zipKiB.toFixed(1)} KiB zip of the 8-intent test agent (apps/apiai-api/src/testing/migrationAgent.ts), its peak read from \`/usr/bin/time\` (maximum resident set size); the servers are started by their packages' \`start\` scripts (\`node [flags] dist/main.js\`, as \`pnpm start\` runs them) with their default settings, their resident memory (VmRSS of /proc/<pid>/status) sampled every second for ${run.idleSeconds} s without requests, and their peak since start (VmHWM) read at the end. On PGlite each app gets a new DATA_DIR; on Postgres a scratch database.`,
    '',
    '## Baselines (same run)',
    '',
    '| process | peak RSS (MiB) | idle RSS: start / max / end (MiB) |',
    '|---|---:|---:|',
    `| bare Node (\`node -e\`, a timer) | ${fixed(baselines.nodePeakMiB)} (\`/usr/bin/time\`) | ${window(baselines.node)} |`,
    `| bare Fastify (one JSON route, listening) | ${fixed(baselines.fastify.peakMiB)} | ${window(baselines.fastify)} |`,
    '',
    '## Apps',
    '',
    '| storage | process | peak RSS (MiB) | idle RSS: start / max / end (MiB) | above the baseline (MiB) | target | holds |',
    '|---|---|---:|---:|---:|---|---|',
    ...run.runs.flatMap(({ storage, memory }) => appRows(run, storage, memory)),
    '',
    'The servers\' targets are checked at the end of the idle window, the CLI\'s against its peak. The window\'s highest value is shown beside it: after an import apiai-api trains the agent\'s classifier in two worker threads, which end after 10 s without a job (apps/apiai-api/README.md, Memory), and V8 shrinks its young generation after some idle seconds. What the memory holds and what changed it: the Memory sections of apps/apiai-api/README.md, apps/almond-api/README.md and packages/storage/README.md.',
    '',
  ].join('\n');
}
