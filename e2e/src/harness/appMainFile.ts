// Where the built server of each app is: `main.js` beside the package's `dist/index.js` (its `start` script).
import { fileURLToPath } from 'node:url';

export type AppName = 'apiai-api' | 'kalliope-api' | 'almond-api';

export function appMainFile(app: AppName): string {
  return fileURLToPath(new URL('./main.js', import.meta.resolve(`@parley/${app}`)));
}
