import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every module the entry reaches through its relative imports, and every package it imports. */
function importGraph(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?from '([^']+)'/gms)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { modules: [...modules], packages: [...packages] };
}

describe('the @parley/nlu/classifier entry', () => {
  it('reaches only the classifier and text modules, and no package (the recognizers suite stays unloaded)', () => {
    const source = fileURLToPath(new URL('..', import.meta.url));
    const { modules, packages } = importGraph(fileURLToPath(new URL('./index.ts', import.meta.url)));
    expect(packages).toEqual([]);
    expect(modules.map((file) => file.slice(source.length).split('/')[0]).filter((folder) => folder !== 'classifier' && folder !== 'text')).toEqual([]);
  });

  it('exports what the worker threads of the apps train with', async () => {
    const entry = await import('./index.js');
    expect(typeof entry.trainClassifier).toBe('function');
    expect(typeof entry.heldOutThreshold).toBe('function');
    expect(typeof entry.calibrateClassifier).toBe('function');
  });
});
