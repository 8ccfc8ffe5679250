// Reads the class and dataset files shipped in the package's thingpedia/ folder (thingpedia/<kind>/{manifest,dataset}.tt).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The package's thingpedia/ folder, found by walking up from this module (works from src/ and from dist/). */
export function thingpediaDirectory(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'thingpedia');
    if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) {
      cachedRoot = candidate;
      return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error('Cannot find the thingpedia/ folder of @parley/thingtalk');
    directory = parent;
  }
}

/** The ThingTalk source of a shipped class (`manifest`) or dataset (`dataset`). */
export function readThingpediaFile(kind: string, file: 'manifest' | 'dataset'): string {
  return readFileSync(join(thingpediaDirectory(), kind, `${file}.tt`), 'utf8');
}
