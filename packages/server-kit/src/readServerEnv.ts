// The part of the operator contract every app shares (docs/operations.md): PORT, HOST, DATABASE_URL,
// DATA_DIR and LOG_LEVEL. Blank values count as unset; each app adds its own variables.

export interface ServerEnv {
  readonly port: number;
  readonly host: string;
  /** Postgres when set; embedded PGlite in `dataDir` otherwise. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: string;
}

/** A variable's trimmed value; undefined when unset or blank. */
export const envValue = (env: NodeJS.ProcessEnv, name: string): string | undefined => env[name]?.trim() || undefined;

/** Reads the shared variables of `app` (its default DATA_DIR is `./.data/<app>`); throws on a PORT that is not a port. */
export function readServerEnv(env: NodeJS.ProcessEnv, defaults: { app: string; port: number }): ServerEnv {
  const rawPort = envValue(env, 'PORT');
  const port = rawPort === undefined ? defaults.port : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got "${rawPort}")`);
  return {
    port,
    host: envValue(env, 'HOST') ?? '127.0.0.1',
    databaseUrl: envValue(env, 'DATABASE_URL'),
    dataDir: envValue(env, 'DATA_DIR') ?? `./.data/${defaults.app}`,
    logLevel: envValue(env, 'LOG_LEVEL') ?? 'info',
  };
}
