import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds an app's drizzle migrations folder from the module asking for it: `../drizzle` seen from `dist/` (the
 * bundle) and `../../drizzle` seen from `src/db/` (tests running the sources). The first that holds a drizzle
 * journal wins; the first candidate is returned when none does, so openDb reports the missing journal.
 */
export function findMigrationsFolder(moduleUrl: string | URL, candidates: readonly string[] = ['../drizzle', '../../drizzle']): string {
  const folders = candidates.map((relative) => fileURLToPath(new URL(relative, moduleUrl)));
  return folders.find((folder) => existsSync(join(folder, 'meta', '_journal.json'))) ?? folders[0] ?? fileURLToPath(new URL('.', moduleUrl));
}
