// Writes pgdata/empty-<PGlite version>/: an empty data folder made once by PGlite's initdb, copied into every new
// PGlite data folder instead of running initdb again (src/preparedDataDir.ts). Run by `pnpm build`; kept when present.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const folder = fileURLToPath(new URL('../pgdata', import.meta.url));
const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const { version } = createRequire(import.meta.url)(join(dirname(entry), '..', 'package.json'));
const name = `empty-${version}`;

mkdirSync(folder, { recursive: true });
if (!existsSync(join(folder, name, 'PG_VERSION'))) {
  for (const stale of readdirSync(folder)) rmSync(join(folder, stale), { recursive: true, force: true });
  const building = join(folder, `.building-${process.pid}`);
  const pg = await PGlite.create(building);
  await pg.close();
  renameSync(building, join(folder, name));
  console.log(`prepared ${join('pgdata', name)}`);
}
