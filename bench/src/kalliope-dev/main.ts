// `pnpm bench kalliope-dev`: the speech recogniser on its dev set (bench/src/kalliope/sttDevSet.ts), the utterances
// its settings are chosen on; writes bench/results/kalliope-dev.md. The test set is `pnpm bench kalliope`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchStt, KNOWN_ORDERS, sttFigures } from '../kalliope/sttBench.js';
import { DEV_OUT_OF_GRAMMAR, DEV_ORDERS, DEV_ORDERS_OUT_OF_GRAMMAR, DEV_ORDERS_VOICES, DEV_VOICES } from '../kalliope/sttDevSet.js';

const RESULTS_FILE = fileURLToPath(new URL('../../results/kalliope-dev.md', import.meta.url));
/** The hand-written part of the report (how the settings were chosen), kept above the measured figures. */
const MEASURED = '## Measured by this run';

export async function run(): Promise<void> {
  const stt = await benchStt([
    { orders: KNOWN_ORDERS, outOfGrammar: DEV_OUT_OF_GRAMMAR, voices: DEV_VOICES },
    { orders: DEV_ORDERS, outOfGrammar: DEV_ORDERS_OUT_OF_GRAMMAR, voices: DEV_ORDERS_VOICES },
  ]);
  const previous = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '# Speech dev set\n';
  const head = previous.includes(MEASURED) ? previous.slice(0, previous.indexOf(MEASURED)) : previous;
  mkdirSync(fileURLToPath(new URL('../../results/', import.meta.url)), { recursive: true });
  writeFileSync(RESULTS_FILE, [head.trimEnd(), '', MEASURED, '', ...sttFigures(stt)].join('\n'));
  console.log(`  wrote ${RESULTS_FILE}`);
}
