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
  /** True when no KALLIOPE_BRAIN was given and the demo brain (and its settings) is used. */
  readonly demo: boolean;
}

const demoFile = (name: string) => fileURLToPath(new URL(`../demo/${name}`, import.meta.url));

export function readEnvConfig(env: NodeJS.ProcessEnv): EnvConfig {
  const port = Number(env['PORT'] ?? 5000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env['PORT']}"`);
  const brain = env['KALLIOPE_BRAIN'];
  const demo = brain === undefined || brain === '';
  const settings = env['KALLIOPE_SETTINGS'];
  return {
    port,
    host: env['HOST'] || '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['DATA_DIR'] || './.data/kalliope-api',
    logLevel: env['LOG_LEVEL'] || 'info',
    brainFile: demo ? demoFile('brain.yml') : brain,
    settingsFile: settings ? settings : demo ? demoFile('settings.yml') : undefined,
    demo,
  };
}
