// How each app's server is started: the Node arguments of its package's `start` script (Node flags, then the built
// `main.js` beside `dist/index.js`), so that tests and benchmarks run the same command as `pnpm start`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type AppName = 'apiai-api' | 'kalliope-api' | 'almond-api';

/** The arguments after `node` in the app's `start` script, its script path made absolute. */
export function appStartArgs(app: AppName): string[] {
  const packageFile = new URL('../package.json', import.meta.resolve(`@parley/${app}`));
  const { scripts } = JSON.parse(readFileSync(packageFile, 'utf8')) as { scripts?: { start?: string } };
  const [command, ...args] = scripts?.start?.split(/\s+/) ?? [];
  const script = args.at(-1);
  if (command !== 'node' || script === undefined || script.startsWith('-')) {
    throw new Error(`@parley/${app}'s start script is not "node [flags] <script>": ${scripts?.start ?? '(none)'}`);
  }
  return [...args.slice(0, -1), fileURLToPath(new URL(`../${script}`, import.meta.resolve(`@parley/${app}`)))];
}
