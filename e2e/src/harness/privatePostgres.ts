// A throwaway Postgres cluster of the test's own (initdb in a temp directory, trust auth, a free port on 127.0.0.1)
// that a test may stop and start again: a real restart, which the shared CI server cannot be put through.
// Running as root, initdb and pg_ctl run as the `postgres` OS user (Postgres refuses to run as root).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';

/** Where the Postgres server binaries are (Debian's postgresql-15); `POSTGRES_BIN` overrides. */
export const postgresBin = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

const isRoot = process.getuid?.() === 0;

function postgresUser(): { uid: number; gid: number } | undefined {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
    return uid === undefined || gid === undefined ? undefined : { uid, gid };
  } catch {
    return undefined;
  }
}

/** Why a private cluster cannot be made here (the suites using one are skipped with it), or undefined. */
export const privatePostgresMissing: string | undefined = !existsSync(join(postgresBin, 'pg_ctl'))
  ? `needs the Postgres server binaries (initdb, pg_ctl) in ${postgresBin} (apt-get install postgresql, or set POSTGRES_BIN)`
  : isRoot && postgresUser() === undefined
    ? 'needs a `postgres` OS user to run initdb and pg_ctl as (Postgres refuses to run as root)'
    : undefined;

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/parley: a database made for the test. */
  readonly url: string;
  readonly port: number;
  /** `pg_ctl stop -m fast`: open connections are terminated, new ones refused until {@link PrivatePostgres.start}. */
  stop(): Promise<void>;
  /** Starts the stopped server again on the same port and data directory. */
  start(): Promise<void>;
  /** Stops the server for good and removes its directory. */
  destroy(): Promise<void>;
}

const run = promisify(execFile);
const clusters = new Set<string>();
process.once('exit', () => {
  for (const dataDir of clusters) {
    try {
      execFileSync(...asPostgres([join(postgresBin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
    } catch {
      // already stopped
    }
  }
});

function asPostgres(command: string[]): [string, string[]] {
  const [file, ...args] = command as [string, ...string[]];
  return isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

function pgCtl(dataDir: string, args: string[]): Promise<unknown> {
  return run(...asPostgres([join(postgresBin, 'pg_ctl'), '-D', dataDir, ...args]), { timeout: 60_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** initdb, then starts the cluster and creates the `parley` database. Throws {@link privatePostgresMissing}'s reason. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  if (privatePostgresMissing !== undefined) throw new Error(privatePostgresMissing);
  const dir = mkdtempSync(join(tmpdir(), 'e2e-postgres-'));
  const owner = isRoot ? postgresUser() : undefined;
  if (owner !== undefined) await chown(dir, owner.uid, owner.gid);
  const dataDir = join(dir, 'data');
  await run(...asPostgres([join(postgresBin, 'initdb'), '-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']), { timeout: 60_000 });
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = async () => {
    await pgCtl(dataDir, ['-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  };
  await start();
  clusters.add(dataDir);
  const admin = postgres(`postgres://postgres@127.0.0.1:${port}/postgres`, { max: 1, onnotice: () => undefined });
  try {
    await admin`CREATE DATABASE parley`;
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/parley`,
    port,
    start,
    async stop() {
      await pgCtl(dataDir, ['-m', 'fast', '-w', '-t', '60', 'stop']);
    },
    async destroy() {
      await pgCtl(dataDir, ['-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      clusters.delete(dataDir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
