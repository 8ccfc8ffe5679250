// The workspace's publishable packages (packages/*) packed as npm would publish them, and a scratch project outside
// the workspace that installs those tarballs, with their other dependencies from the npm registry, as a user would.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** Runs a command without a shell (arguments as a list); resolves to its output, rejects with it on failure. */
export const run = promisify(execFile);

export const WORKSPACE_ROOT = resolve(import.meta.dirname, '../..');

export interface PackedPackage {
  name: string;
  /** The package's folder in the workspace. */
  folder: string;
  tarball: string;
}

interface PackageJson {
  name: string;
  private?: boolean;
}

/** Packs every non-private package under packages/ into `destination` with `pnpm pack` (workspace: ranges become
 * versions, `files` decides what ships). */
export async function packWorkspacePackages(destination: string): Promise<PackedPackage[]> {
  const packagesFolder = join(WORKSPACE_ROOT, 'packages');
  const packed: PackedPackage[] = [];
  for (const entry of (await readdir(packagesFolder, { withFileTypes: true })).filter((dirent) => dirent.isDirectory())) {
    const folder = join(packagesFolder, entry.name);
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as PackageJson;
    if (manifest.private === true) continue;
    const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination], { cwd: folder });
    const tarball = stdout.trim().split('\n').at(-1) ?? '';
    if (!tarball.endsWith('.tgz')) throw new Error(`pnpm pack of ${manifest.name} printed no tarball path: ${stdout}`);
    packed.push({ name: manifest.name, folder, tarball: resolve(destination, tarball) });
  }
  return packed;
}

/** A new folder in the system's temporary directory with a package.json that installs the tarballs (all at once,
 * so that the packages' dependencies on each other resolve to the tarballs, never to the registry). */
export async function installIntoScratchProject(packages: readonly PackedPackage[], extra: readonly string[]): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'parley-scratch-'));
  if (project.startsWith(WORKSPACE_ROOT)) throw new Error(`the scratch project ${project} is inside the workspace`);
  await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'parley-scratch', private: true, type: 'module' }, null, 2)}\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages.map((pkg) => pkg.tarball), ...extra], {
    cwd: project,
    maxBuffer: 16 * 1024 * 1024,
  });
  return project;
}
