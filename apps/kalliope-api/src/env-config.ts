import { fileURLToPath } from 'node:url';

/** The operator contract of the app (DESIGN.md), read from the environment once at start-up. */
export interface EnvConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: string;
  readonly brainFile: string;
  readonly settingsFile: string | undefined;
  /** KALLIOPE_RATE_LIMIT_PER_MINUTE and KALLIOPE_FAILED_LOGINS_PER_MINUTE: override the settings' `parley:` values. */
  readonly rateLimits: { synapseStartsPerMinute?: number; failedLoginsPerMinute?: number };
  /** True when no KALLIOPE_BRAIN was given and the demo brain (and its settings) is used. */
  readonly demo: boolean;
}

const demoFile = (name: string) => fileURLToPath(new URL(`../demo/${name}`, import.meta.url));

function readPerMinute(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (0 = no limit), got "${raw}"`);
  return value;
}

export function readEnvConfig(env: NodeJS.ProcessEnv): EnvConfig {
  const port = Number(env['PORT'] ?? 5000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env['PORT']}"`);
  const brain = env['KALLIOPE_BRAIN'];
  const demo = brain === undefined || brain === '';
  const settings = env['KALLIOPE_SETTINGS'];
  const starts = readPerMinute(env, 'KALLIOPE_RATE_LIMIT_PER_MINUTE');
  const failedLogins = readPerMinute(env, 'KALLIOPE_FAILED_LOGINS_PER_MINUTE');
  return {
    port,
    host: env['HOST'] || '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['DATA_DIR'] || './.data/kalliope-api',
    logLevel: env['LOG_LEVEL'] || 'info',
    brainFile: demo ? demoFile('brain.yml') : brain,
    settingsFile: settings ? settings : demo ? demoFile('settings.yml') : undefined,
    rateLimits: {
      ...(starts === undefined ? {} : { synapseStartsPerMinute: starts }),
      ...(failedLogins === undefined ? {} : { failedLoginsPerMinute: failedLogins }),
    },
    demo,
  };
}
