// Test support: the storage targets a contract suite runs against — PGlite always, Postgres when DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { openDb, type Database } from '../openDb.js';
import * as schema from './fixtures/schema.js';
import { createScratchDatabase } from './scratchDatabase.js';

export type TestSchema = typeof schema;

/** One place to store data: `open()` may be called repeatedly and reaches the same data each time. */
export interface TestTarget {
  name: 'pglite' | 'postgres';
  open(): Promise<Database<TestSchema>>;
  /** Whether two `open()` calls may be held at once (separate connections); PGlite allows one per folder. */
  concurrentConnections: boolean;
  dispose(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./fixtures/drizzle', import.meta.url));

async function pgliteTarget(): Promise<TestTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-storage-'));
  return {
    name: 'pglite',
    concurrentConnections: false,
    open: () => openDb({ schema, migrationsFolder, dataDir }),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(adminUrl: string, label: string): Promise<TestTarget> {
  const scratch = await createScratchDatabase(adminUrl, label);
  return {
    name: 'postgres',
    concurrentConnections: true,
    open: () => openDb({ schema, migrationsFolder, url: scratch.url, maxConnections: 4 }),
    dispose: () => scratch.drop(),
  };
}

/** The names of the targets this run covers. */
export const targetNames: readonly TestTarget['name'][] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, empty target of the given kind. */
export function makeTarget(name: TestTarget['name'], label: string): Promise<TestTarget> {
  const adminUrl = process.env.DATABASE_URL;
  if (name === 'postgres') {
    if (!adminUrl) throw new Error('DATABASE_URL is not set');
    return postgresTarget(adminUrl, label);
  }
  return pgliteTarget();
}

/** Resolves once `predicate` holds, polling; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Per-test targets for a contract suite: `start()` makes a fresh target; everything opened is closed after each test. */
export function targetFixture(name: TestTarget['name']): {
  start(label: string): Promise<TestTarget>;
  openStore(): Promise<Database<TestSchema>>;
} {
  let target: TestTarget | undefined;
  const opened: Database<TestSchema>[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    await target?.dispose();
    target = undefined;
  });
  return {
    async start(label) {
      target = await makeTarget(name, label);
      return target;
    },
    async openStore() {
      if (target === undefined) throw new Error('call start() first');
      const database = await target.open();
      opened.push(database);
      return database;
    },
  };
}
