// `pnpm bench nlu`: Braun et al. 2017, Snips 2017 and CLINC150 accuracy, plus training time and latency by number
// of intents, written to bench/results/nlu.md and bench/results/nlu.svg.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBraun } from './braun.js';
import { barChartSvg } from './chart.js';
import { runClinc } from './clinc.js';
import { BRAUN_PUBLISHED, CLINC_PUBLISHED, SNIPS_PUBLISHED } from './published.js';
import { renderReport } from './report.js';
import { runScaling } from './scaling.js';
import { runSnips } from './snips.js';

const resultsDir = fileURLToPath(new URL('../../results/', import.meta.url));

function log(line: string): void {
  console.log(`[nlu] ${line}`);
}

export async function run(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? 0;
  const braun = runBraun(log);
  const snips = runSnips(log);
  const clinc = runClinc(log);
  const scaling = runScaling(log);
  const loadAfter = loadavg()[0] ?? 0;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at start and ${loadAfter.toFixed(1)} at end (a shared machine: timings are upper bounds), total ${((performance.now() - started) / 1000).toFixed(0)} s`;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(`${resultsDir}nlu.md`, renderReport({ machine, braun, snips, clinc, scaling }));
  const main = clinc.results.find((result) => result.setting === 'oos-train' && result.objective === 'recall≥50%');
  writeFileSync(
    `${resultsDir}nlu.svg`,
    barChartSvg('Parley NLU beside published figures', [
      {
        title: 'Braun et al. 2017: overall intent F1',
        bars: [
          { label: 'Parley', value: braun.overall.microF1, ours: true },
          ...BRAUN_PUBLISHED.map((row) => ({ label: row.system, value: row.f1[3] })),
        ],
      },
      {
        title: 'CLINC150: in-scope accuracy',
        bars: [
          ...(main === undefined ? [] : [{ label: 'Parley', value: main.test.inScopeAccuracy, ours: true }]),
          ...CLINC_PUBLISHED.map((row) => ({ label: row.system, value: row.inScope / 100 })),
        ],
      },
      {
        title: 'CLINC150: out-of-scope recall',
        bars: [
          ...(main === undefined ? [] : [{ label: 'Parley', value: main.test.outOfScopeRecall, ours: true }]),
          ...CLINC_PUBLISHED.map((row) => ({ label: row.system, value: row.outOfScopeRecall / 100 })),
        ],
      },
      {
        title: 'Snips 2017: slot F1 (published: other protocol)',
        bars: [
          { label: 'Parley', value: snips.slotF1, ours: true },
          ...SNIPS_PUBLISHED.map((row) => ({ label: row.system, value: row.slot[2] })),
        ],
      },
    ]),
  );
  log(`wrote ${resultsDir}nlu.md and nlu.svg`);
}
