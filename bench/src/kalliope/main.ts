// `pnpm bench kalliope`: order-matching latency on generated brains of 100 to 10,000 synapses and STT accuracy/latency on synthesized
// orders; writes bench/results/kalliope.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchMatching, type MatchingResult } from './matchingBench.js';
import { benchStt, sttReport, type SttRun } from './sttBench.js';

const RESULTS_FILE = fileURLToPath(new URL('../../results/kalliope.md', import.meta.url));

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));

const us = (value: number) => (value * 1000).toFixed(1);

/**
 * Kalliope v0.7.2 `OrderAnalyser.get_matching_synapse` on this bench's generated brain and orders, measured earlier
 * on the same kind of machine (python3 with Kalliope installed; not re-run by this bench): milliseconds per order.
 */
const KALLIOPE_MEASURED_EARLIER: Readonly<Record<number, { readonly label: string; readonly ms: number }>> = {
  100: { label: '0.70 (p50)', ms: 0.7 },
  1000: { label: '6.9–7.1', ms: 6.9 },
};

function matchingReport(matching: readonly MatchingResult[]): string[] {
  const ratio = (slow: number, fast: number) => `${Math.round(slow / fast)}×`;
  return [
    '## Order matching (`@parley/nlu` compileOrderMatcher vs matchOrder, Kalliope rules)',
    '',
    'A generated brain (bench/src/kalliope/syntheticBrain.ts): home-automation orders, one in seven with a',
    '`{{ duration }}` parameter, a fifth each strict / ordered-strict / not-contain (the 10,000-synapse brain repeats',
    'the 1,000 distinct signals ten times). 400 orders (exact, with extra words, with a parameter value, unmatched).',
    'Indexed: the brain compiled once by `compileOrderMatcher`, 400 orders × 5 rounds. Full scan: `matchOrder`',
    '(parses every signal of every synapse per order), same orders (100 at 10,000 synapses), same run; "mismatches"',
    'counts orders where the two disagree. Candidates: synapses the index hands to the matcher per order (mean).',
    'Kalliope: v0.7.2 `OrderAnalyser.get_matching_synapse` on the same brain and orders, **measured earlier** (not in',
    'this run; PyPI is unreachable from the bench machine), per order in milliseconds; the ratio uses its lower figure.',
    '',
    '| synapses | mode | compile (ms) | candidates | matched | indexed mean (µs) | indexed p50 (µs) | indexed p95 (µs) | full scan p50 (ms) | full scan / indexed (p50) | Kalliope (ms, earlier) | Kalliope / indexed (p50) | mismatches |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...matching.map((row) => {
      const kalliope = KALLIOPE_MEASURED_EARLIER[row.synapses];
      return [
        '',
        row.synapses,
        row.mode,
        ms(row.compileMs),
        row.meanCandidates.toFixed(1),
        `${Math.round(row.matchedShare * 100)} %`,
        us(row.indexed.mean),
        us(row.indexed.p50),
        us(row.indexed.p95),
        ms(row.fullScan.p50),
        ratio(row.fullScan.p50, row.indexed.p50),
        kalliope?.label ?? '—',
        kalliope === undefined ? '—' : ratio(kalliope.ms, row.indexed.p50),
        row.mismatches,
        '',
      ].join(' | ').trim();
    }),
    '',
  ];
}

function report(matching: readonly MatchingResult[], stt: SttRun): string {
  return [
    '# Kalliope benchmark',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Run: \`pnpm bench kalliope\`.`,
    '',
    ...matchingReport(matching),
    ...sttReport(stt),
  ].join('\n');
}

export async function run(): Promise<void> {
  const matching: MatchingResult[] = [];
  for (const synapses of [100, 1000, 10_000]) {
    for (const mode of ['all', 'best'] as const) {
      const result = benchMatching(synapses, mode);
      console.log(`  matching ${synapses} synapses (${mode}): indexed p50 ${us(result.indexed.p50)} µs, full scan p50 ${ms(result.fullScan.p50)} ms`);
      matching.push(result);
    }
  }
  const stt = await benchStt();
  mkdirSync(fileURLToPath(new URL('../../results/', import.meta.url)), { recursive: true });
  writeFileSync(RESULTS_FILE, report(matching, stt));
  console.log(`  wrote ${RESULTS_FILE}`);
}
