// The modules a built ES module file imports, statically or dynamically, found in its text (tsup's output: plain
// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")` with literal specifiers).
import { builtinModules } from 'node:module';

const IMPORT_SPECIFIER = /\b(?:import|export)\s[^'";]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

const BUILTINS = new Set(builtinModules);

/** `node:fs`, `fs`, `fs/promises` … */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '');
}
