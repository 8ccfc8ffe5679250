import { parseBrain, type Brain } from '@parley/dialog-engine/kalliope';
import { dirname, resolve } from 'node:path';
import { findKitFile, kitPathsOf, kitPlacesOf, type KitPaths } from './kitPaths.js';
import { readConfigText } from './readYaml.js';

export { readYamlFile } from './readYaml.js';

/**
 * Loads a Kalliope brain.yml (`parseBrain` of @parley/dialog-engine/kalliope, docs/protocols/kalliope.md §2).
 * `includes`, `file_template` and `stt-correction-file` paths are looked up in the kit root, then the system folder
 * (kitPaths.ts); the root defaults to the brain file's folder.
 */
export function loadBrain(file: string, kit: KitPaths = kitPathsOf(dirname(resolve(file)))): Brain {
  const path = resolve(file);
  return parseBrain(path, readConfigText(path), {
    read: (named) => {
      const found = findKitFile(named, kit);
      return found === undefined ? undefined : { file: found, text: readConfigText(found) };
    },
    lookedAt: (named) => kitPlacesOf(named, kit),
  });
}
