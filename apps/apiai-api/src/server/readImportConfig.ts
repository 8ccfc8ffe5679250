// What the import CLI reads of the environment: the database and the zip limits. Kept apart from readConfig so that the
// CLI does not load the dialog engine (about 60 MB resident) only for the server's defaults.
import { readServerEnv } from '@parley/server-kit';
import { defaultUnzipLimits, type UnzipLimits } from '@parley/apiai-agent/model';
import { positiveInteger } from './envNumbers.js';

export function readUnzipLimits(env: NodeJS.ProcessEnv): UnzipLimits {
  return {
    maxUnpackedBytes: positiveInteger(env, 'APIAI_ZIP_MAX_UNPACKED_BYTES', defaultUnzipLimits.maxUnpackedBytes),
    maxEntries: positiveInteger(env, 'APIAI_ZIP_MAX_ENTRIES', defaultUnzipLimits.maxEntries),
  };
}

export function readImportConfig(env: NodeJS.ProcessEnv): { databaseUrl: string | undefined; dataDir: string; unzipLimits: UnzipLimits } {
  const { databaseUrl, dataDir } = readServerEnv(env, { app: 'apiai-api', port: 3200 });
  return { databaseUrl, dataDir, unzipLimits: readUnzipLimits(env) };
}
