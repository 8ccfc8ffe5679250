// Every module reachable from an installed package's main entry through relative imports, and the bare
// specifiers (other packages, Node built-ins) those modules import.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { importSpecifiers } from './moduleImports.js';

interface ExportsManifest {
  exports?: Record<string, string | { import?: string }>;
  main?: string;
}

/** The file `import 'pkg'` (or `'pkg/sub'` for subpath `./sub`) loads, from the package's `exports[subpath].import` (else `main` for the main entry). */
export async function mainEntryFile(packageFolder: string, subpath = '.'): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageFolder, 'package.json'), 'utf8')) as ExportsManifest;
  const target = manifest.exports?.[subpath];
  const entry = typeof target === 'string' ? target : (target?.import ?? (subpath === '.' ? manifest.main : undefined));
  if (entry === undefined) throw new Error(`${packageFolder}/package.json names no main entry`);
  return resolve(packageFolder, entry);
}

/** Bare specifiers imported by `entry` and the relative modules it reaches, each with the first file importing it. */
export async function bareImportsOf(entry: string): Promise<Map<string, string>> {
  const bare = new Map<string, string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importSpecifiers(await readFile(file, 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else if (!bare.has(specifier)) bare.set(specifier, file);
    }
  }
  return bare;
}
