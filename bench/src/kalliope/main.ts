// `pnpm bench kalliope`: order-matching latency on a 1,000-synapse brain and STT accuracy/latency on synthesized
// orders; writes bench/results/kalliope.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LatencySummary } from './latency.js';
import { benchMatching, type MatchingResult } from './matchingBench.js';
import { benchStt, type SttResult } from './sttBench.js';

const RESULTS_FILE = fileURLToPath(new URL('../../results/kalliope.md', import.meta.url));

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
const latencyCells = (latency: LatencySummary) => `${ms(latency.mean)} | ${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.max)}`;

function report(matching: readonly MatchingResult[], stt: readonly SttResult[]): string {
  const known = stt.reduce((sum, row) => sum + row.recognised, 0);
  const knownTotal = stt.reduce((sum, row) => sum + row.known, 0);
  const rejected = stt.reduce((sum, row) => sum + row.rejected, 0);
  const rejectTotal = stt.reduce((sum, row) => sum + row.outOfGrammar, 0);
  const errors = stt.flatMap((row) => row.errors.map((error) => `- ${row.voice} ${row.speed} wpm: ${error}`));
  return [
    '# Kalliope benchmark',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Run: \`pnpm bench kalliope\`.`,
    '',
    '## Order matching (`@parley/nlu` matchOrder, Kalliope rules)',
    '',
    'A generated brain (bench/src/kalliope/syntheticBrain.ts): home-automation orders, one in seven with a',
    '`{{ duration }}` parameter, a fifth each strict / ordered-strict / not-contain. 400 orders (exact, with extra',
    'words, with a parameter value, unmatched) × 5 rounds. Latency per order in milliseconds.',
    '',
    '| synapses | mode | orders timed | matched | mean | p50 | p95 | max |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...matching.map(
      (row) => `| ${row.synapses} | ${row.mode} | ${row.orders} | ${Math.round(row.matchedShare * 100)} % | ${latencyCells(row.latency)} |`,
    ),
    '',
    '## Speech to text (`@parley/speech` PocketsphinxRecognizer, JSGF grammar of the orders)',
    '',
    `espeak-ng speaks ${stt[0]?.known ?? 0} known orders and ${stt[0]?.outOfGrammar ?? 0} out-of-grammar sentences per`,
    'voice; a known order counts when the transcript equals it, an out-of-grammar sentence when it is rejected.',
    'Latency = ffmpeg conversion + pocketsphinx decoding, in milliseconds.',
    '',
    '| voice | speed (wpm) | recognised | rejected out-of-grammar | mean | p50 | p95 | max |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...stt.map(
      (row) => `| ${row.voice} | ${row.speed} | ${row.recognised}/${row.known} | ${row.rejected}/${row.outOfGrammar} | ${latencyCells(row.latency)} |`,
    ),
    '',
    `Overall: ${known}/${knownTotal} known orders recognised (${Math.round((known / knownTotal) * 100)} %), ${rejected}/${rejectTotal} out-of-grammar sentences rejected (${Math.round((rejected / rejectTotal) * 100)} %).`,
    '',
    ...(errors.length === 0 ? [] : ['Misses:', '', ...errors, '']),
  ].join('\n');
}

export async function run(): Promise<void> {
  const matching: MatchingResult[] = [];
  for (const synapses of [100, 1000]) {
    for (const mode of ['all', 'best'] as const) {
      const result = benchMatching(synapses, mode);
      console.log(`  matching ${synapses} synapses (${mode}): p50 ${ms(result.latency.p50)} ms, p95 ${ms(result.latency.p95)} ms`);
      matching.push(result);
    }
  }
  const stt = await benchStt();
  mkdirSync(fileURLToPath(new URL('../../results/', import.meta.url)), { recursive: true });
  writeFileSync(RESULTS_FILE, report(matching, stt));
  console.log(`  wrote ${RESULTS_FILE}`);
}
