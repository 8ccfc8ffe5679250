import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** Kalliope's system configuration folder, where it looks after its working directory. */
const SYSTEM_FOLDER = '/etc/kalliope';

/**
 * Where the relative paths a brain or settings file names are looked up, as Kalliope does (README "Kits"): the kit's
 * root (Kalliope's working directory: `KALLIOPE_HOME`, by default the folder of the brain file), then the system
 * folder (`KALLIOPE_SYSTEM_FOLDER`, by default /etc/kalliope). Never relative to the YAML file that names them.
 */
export interface KitPaths {
  readonly root: string;
  readonly systemFolder: string;
}

export function kitPathsOf(root: string, systemFolder: string = SYSTEM_FOLDER): KitPaths {
  return { root: resolve(root), systemFolder: resolve(systemFolder) };
}

/** The file a path names: absolute as is, else in the kit root, else in the system folder; undefined when none exists. */
export function findKitFile(path: string, kit: KitPaths): string | undefined {
  if (isAbsolute(path)) return existsSync(path) ? path : undefined;
  return [resolve(kit.root, path), resolve(kit.systemFolder, path)].find((candidate) => existsSync(candidate));
}

/** What `findKitFile` looked at, for an error message. */
export function kitPlacesOf(path: string, kit: KitPaths): string {
  return isAbsolute(path) ? path : `${resolve(kit.root, path)} nor ${resolve(kit.systemFolder, path)}`;
}
