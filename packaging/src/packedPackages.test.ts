// The packages as npm users get them: packed, installed into a scratch project outside the workspace (their
// other dependencies from the npm registry), every export present, types resolved under NodeNext, the pure
// packages' main entries and pure subpaths free of Node built-ins, and every README example ("```ts runnable"
// blocks) type-checked and run.
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareImportsOf, mainEntryFile } from './entryImports.js';
import { isNodeBuiltin } from './moduleImports.js';
import { installIntoScratchProject, packWorkspacePackages, run, WORKSPACE_ROOT, type PackedPackage } from './packedPackages.js';
import { runnableExamples } from './readmeExamples.js';

/** Entries (package, subpath) that must load in any JavaScript runtime (no Node built-ins): the pure packages' main
 * entries, and the subpaths that promise the same. */
const PURE_ENTRIES: readonly [string, string][] = [
  ['@parley/nlu', '.'], ['@parley/dialog-engine', '.'], ['@parley/protocol-types', '.'], ['@parley/thingtalk', '.'],
  ['@parley/apiai-agent', '.'],
  ['@parley/dialog-engine', './almond'], ['@parley/dialog-engine', './kalliope'], ['@parley/thingtalk', './runtime'],
];

interface Example {
  packageName: string;
  file: string;
}

let tarballs = '';
let packed: PackedPackage[] = [];
let project = '';
const examples: Example[] = [];

const installed = (name: string): string => join(project, 'node_modules', name);

type ExportTarget = string | { types?: string; import?: string };
const exportTargets = (target: ExportTarget): string[] => (typeof target === 'string' ? [target] : [target.types, target.import].filter((file): file is string => file !== undefined));

beforeAll(async () => {
  tarballs = await mkdtemp(join(tmpdir(), 'parley-tarballs-'));
  packed = await packWorkspacePackages(tarballs);
  project = await installIntoScratchProject(packed, ['@types/node@20']);
  await mkdir(join(project, 'examples'));
  for (const { name } of packed) {
    const readme = await readFile(join(installed(name), 'README.md'), 'utf8');
    for (const [index, code] of runnableExamples(readme).entries()) {
      const file = join(project, 'examples', `${basename(name)}-${index + 1}.ts`);
      await writeFile(file, code);
      examples.push({ packageName: name, file });
    }
  }
  const imports = packed.map(({ name }, index) => `import * as package${index} from '${name}';\nvoid package${index};\n`).join('');
  await writeFile(join(project, 'examples', 'imports.ts'), imports);
  const compilerOptions = {
    target: 'ES2022', lib: ['ES2023', 'DOM'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true,
    noEmit: true, skipLibCheck: true, types: ['node'],
  };
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['examples'] }, null, 2));
});

afterAll(async () => {
  for (const folder of [tarballs, project].filter((path) => path !== '')) await rm(folder, { recursive: true, force: true });
});

describe('packed packages installed outside the workspace', () => {
  it('packs every publishable package', () => {
    expect(packed.map((pkg) => pkg.name).sort()).toEqual([
      '@parley/apiai-agent', '@parley/dialog-engine', '@parley/nlu', '@parley/protocol-types', '@parley/server-kit', '@parley/speech',
      '@parley/storage', '@parley/thingtalk',
    ]);
  });

  it('ships every file its exports, main, types and bin name', async () => {
    const missing: string[] = [];
    for (const { name } of packed) {
      const manifest = JSON.parse(await readFile(join(installed(name), 'package.json'), 'utf8')) as {
        main?: string; types?: string; exports?: Record<string, ExportTarget>; bin?: Record<string, string>;
      };
      const files = [manifest.main, manifest.types, ...Object.values(manifest.exports ?? {}).flatMap(exportTargets), ...Object.values(manifest.bin ?? {})];
      for (const file of files.filter((entry): entry is string => entry !== undefined)) {
        await access(join(installed(name), file)).catch(() => missing.push(`${name}: ${file}`));
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps Node built-ins out of the pure packages\' main entries and pure subpaths', async () => {
    const offending: string[] = [];
    for (const [name, subpath] of PURE_ENTRIES) {
      for (const [specifier, file] of await bareImportsOf(await mainEntryFile(installed(name), subpath))) {
        if (isNodeBuiltin(specifier)) offending.push(`${name} (${subpath}) imports ${specifier} (in ${file.slice(installed(name).length + 1)})`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('has a runnable README example for every package', () => {
    const without = packed.map((pkg) => pkg.name).filter((name) => !examples.some((example) => example.packageName === name));
    expect(without).toEqual([]);
  });

  it('type-checks the README examples and an import of every package with NodeNext resolution', async () => {
    const tsc = join(WORKSPACE_ROOT, 'packaging', 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', project], { cwd: project }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  });

  it('runs every README example to completion', async () => {
    const failures: string[] = [];
    for (const { packageName, file } of examples) {
      const compiled = ts.transpileModule(await readFile(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      });
      const script = file.replace(/\.ts$/, '.mjs');
      await writeFile(script, compiled.outputText);
      await run(process.execPath, [script], { cwd: project, timeout: 120_000 }).catch((error: { stderr?: string }) => {
        failures.push(`${packageName} (${basename(file)}): ${error.stderr ?? String(error)}`);
      });
    }
    expect(failures).toEqual([]);
  });
});
