// Entry point of `pnpm bench [suite …]`: runs each named suite (all of them when none is named).
// A suite is a folder bench/src/<suite>/ whose main.ts exports `run(): Promise<void>`.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

interface Suite {
  run(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'main.ts')))
  .map((entry) => entry.name)
  .sort();

const requested = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark suite(s): ${unknown.join(', ')}. Available: ${available.join(', ') || 'none'}.`);
  process.exit(2);
}

for (const name of requested.length > 0 ? requested : available) {
  console.log(`\n=== bench ${name} ===`);
  const suite = (await import(`./${name}/main.ts`)) as Suite;
  await suite.run();
}
