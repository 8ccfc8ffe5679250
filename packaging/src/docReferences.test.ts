import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePaths, declares, documentationFiles, functionReferences, linkedPaths, packageNames, pathExists, workspaceEntries } from './docReferences.js';
import { WORKSPACE_ROOT as root } from './packedPackages.js';

const topLevel = new Set(readdirSync(root).filter((name) => !name.startsWith('.')));
const docs = documentationFiles(root).map((file) => ({ file, markdown: readFileSync(join(root, file), 'utf8') }));

describe('the documentation under docs/', () => {
  it('names only repository paths that exist', () => {
    const missing = docs.flatMap(({ file, markdown }) => codePaths(markdown, topLevel).filter((path) => !pathExists(root, path)).map((path) => `${file}: ${path}`));
    expect(missing).toEqual([]);
  });

  it('names only workspace packages and package entries that exist', () => {
    const entries = workspaceEntries(root);
    const missing = docs.flatMap(({ file, markdown }) => packageNames(markdown).filter((name) => !entries.has(name)).map((name) => `${file}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('links only to files that exist', () => {
    const missing = docs.flatMap(({ file, markdown }) => linkedPaths(markdown, file).filter((path) => !pathExists(root, path)).map((path) => `${file}: ${path}`));
    expect(missing).toEqual([]);
  });

  it('names, next to a file in its walkthrough tables, only functions that file declares', () => {
    const references = docs.flatMap(({ markdown }) => functionReferences(markdown, topLevel));
    expect(references.length).toBeGreaterThan(30);
    const undeclared = references
      .filter(({ path, name }) => !pathExists(root, path) || !declares(readFileSync(join(root, path), 'utf8'), name))
      .map(({ path, name }) => `${path}: ${name}`);
    expect(undeclared).toEqual([]);
  });
});

describe('docReferences', () => {
  const top = new Set(['apps', 'docs', 'README.md']);

  it('reads paths from code spans, not from fenced blocks or URLs', () => {
    const markdown = 'See `docs/a.md §5`, `README.md`, `/v1/query` and `POST /x`.\n```\n`apps/in/fence.ts`\n```\n';
    expect(codePaths(markdown, top)).toEqual(['docs/a.md', 'README.md']);
  });

  it('reads @parley package names and subpaths from code spans', () => {
    expect(packageNames('`@parley/nlu`, `@parley/dialog-engine/almond` and `@parley/x ships`; not `parley`')).toEqual([
      '@parley/nlu',
      '@parley/dialog-engine/almond',
      '@parley/x',
    ]);
  });

  it('resolves relative links against the file and skips absolute URLs', () => {
    expect(linkedPaths('[a](protocols/a.md#x) [b](https://example.org/c.md)', 'docs/x.md')).toEqual(['docs/protocols/a.md']);
  });

  it('reads the functions of a table row that follow a file cell', () => {
    const row = '| hop | `apps/x/y.ts` | `one`, `two` | decides |\n| hop | `apps/x/z.ts` | prose | decides |';
    expect(functionReferences(row, top)).toEqual([
      { path: 'apps/x/y.ts', name: 'one' },
      { path: 'apps/x/y.ts', name: 'two' },
    ]);
  });

  it('finds declarations and methods, not mere mentions', () => {
    const source = 'export async function* run() {}\nclass A {\n  private async handle<T>(x: T) {}\n}\nconst b = use(c);';
    expect(['run', 'A', 'handle', 'b', 'use', 'c'].map((name) => declares(source, name))).toEqual([true, true, true, true, false, false]);
  });
});
