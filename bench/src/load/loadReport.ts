// bench/results/load.md: the steady-load table (with load.svg) and the soak section (with load-soak.svg). A
// steady run keeps the last soak section and a soak run keeps the last steady section.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { ConversationMemory } from './conversationMemory.js';
import type { SoakResult } from './soak.js';
import type { LoadSettings, SteadyResult } from './steadyLoad.js';

const SOAK_HEADING = '## Soak';

/** An app's steady load and the bare route's, measured right before it. */
export interface PairedResult extends SteadyResult {
  baseline: SteadyResult;
}
const fixed = (value: number, digits = 1) => value.toFixed(digits);

export function machineLine(storage: string): string {
  return `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, storage: ${storage}. Loopback only; the load generator (autocannon) shares the machine with the server.`;
}

/** Load averages (1 min) of the machine when the run started and ended. */
export interface MachineLoad {
  start: number;
  end: number;
}

export function steadySection(storage: string, settings: LoadSettings, results: PairedResult[], memory: ConversationMemory | undefined, load: MachineLoad): string {
  return [
    '# Load benchmark',
    '',
    machineLine(storage),
    '',
    `Run: \`pnpm bench load\` (LOAD_DURATION=${settings.durationSeconds} s, LOAD_CONNECTIONS=${settings.connections}, after a warm-up: one request per session of the apps with sessions, then 2 s). Each server runs in its own process, started as an operator would. The machine is shared, so the bare Fastify route (POST /echo, JSON body echoed; its own process, kept running) is loaded again right before each app and the app is compared with that run; figures still move by a third or more from run to run, and more when other work runs on the machine.`,
    '',
    `Load average (1 min) of the machine: ${fixed(load.start, 2)} when the run started, ${fixed(load.end, 2)} when it ended.`,
    '',
    '## Steady load',
    '',
    '![throughput](load.svg)',
    '',
    '| target | request | req/s | bare route just before (req/s) | vs bare route | p50 (ms) | p99 (ms) | requests | non-2xx | errors | idle RSS (MiB) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((row) => `| ${row.target} | ${row.request} | ${fixed(row.requestsPerSecond, 0)} | ${fixed(row.baseline.requestsPerSecond, 0)} | ${fixed((100 * row.requestsPerSecond) / row.baseline.requestsPerSecond)} % | ${row.p50Ms} | ${row.p99Ms} | ${row.requests} | ${row.non2xx} | ${row.errors} | ${fixed(row.idleRssMiB)} |`),
    '',
    `Idle RSS: the server's resident memory after start, 1 s without requests, before the warm-up (bare route: ${fixed(results[0]?.baseline.idleRssMiB ?? 0)} MiB).` + ' What the CPU profiles of these paths showed, before and after the changes they led to: [load-profiles.md](load-profiles.md).',
    '',
    ...(memory === undefined
      ? []
      : [
          '## Concurrent conversations (almond-api WebSocket)',
          '',
          `${memory.conversations} conversations opened on /me/api/conversation (welcome round received by each) in ${fixed(memory.openSeconds)} s: server RSS ${fixed(memory.rssBeforeMiB)} → ${fixed(memory.rssAfterMiB)} MiB, about **${fixed(memory.kibPerConversation, 0)} KiB per open conversation**.`,
          '',
        ]),
  ].join('\n');
}

export function soakSection(storage: string, settings: LoadSettings, results: SoakResult[]): string {
  return [
    SOAK_HEADING,
    '',
    machineLine(storage),
    '',
    `Run: \`LOAD_SOAK=1 pnpm bench load\` (${settings.durationSeconds} s per app, ${settings.connections} connections; RSS sampled every 2 s).`,
    '',
    '![RSS during the soak](load-soak.svg)',
    '',
    '| target | requests | non-2xx | errors | RSS after warm-up (MiB, 2nd quarter median) | RSS at the end (MiB, last quarter median) | change |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map((row) => `| ${row.target} | ${row.requests} | ${row.non2xx} | ${row.errors} | ${fixed(row.earlyMiB)} | ${fixed(row.lateMiB)} | ${fixed((100 * (row.lateMiB - row.earlyMiB)) / row.earlyMiB)} % |`),
    '',
  ].join('\n');
}

/** The report with one section replaced, the other kept from the file. */
export function mergeReport(file: string, section: { steady: string } | { soak: string }): string {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const cut = previous.indexOf(SOAK_HEADING);
  const steady = 'steady' in section ? section.steady : cut >= 0 ? previous.slice(0, cut) : previous;
  const soak = 'soak' in section ? section.soak : cut >= 0 ? previous.slice(cut) : '';
  return `${steady.trimEnd()}\n\n${soak.trimEnd()}\n`.replace(/\n{3,}/g, '\n\n');
}
