import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { envValue, readServerEnv, type ServerEnv } from '@parley/server-kit';
import { kitPathsOf, type KitPaths } from '../brain/kitPaths.js';
import { packageFile } from '../packageFile.js';

/** The operator contract of the app (docs/operations.md), read from the environment once at start-up. */
interface EnvConfig extends ServerEnv {
  readonly brainFile: string;
  readonly settingsFile: string | undefined;
  /**
   * KALLIOPE_HOME (Kalliope's working directory: the kit root; default the brain file's folder) and
   * KALLIOPE_SYSTEM_FOLDER (default /etc/kalliope): where brain and settings paths are looked up (brain/kitPaths.ts).
   */
  readonly kit: KitPaths;
  /** KALLIOPE_RATE_LIMIT_PER_MINUTE and KALLIOPE_FAILED_LOGINS_PER_MINUTE: override the settings' `parley:` values. */
  readonly rateLimits: { synapseStartsPerMinute?: number; failedLoginsPerMinute?: number };
  /** True when no KALLIOPE_BRAIN was given and the demo brain (and its settings) is used. */
  readonly demo: boolean;
  /** KALLIOPE_API_LOGIN and KALLIOPE_API_PASSWORD: credentials for protected settings that give none. */
  readonly apiCredentials: { login?: string; password?: string };
  /** KALLIOPE_ALLOWED_HOSTS (comma-separated) plus HOST: the host names the server answers to. */
  readonly allowedHosts: readonly string[];
  /** KALLIOPE_URI_ALLOWED (comma-separated): what the uri neuron may call. */
  readonly uriTargets: readonly string[];
}

const demoFile = (name: string) => packageFile(`demo/${name}`);

function readPerMinute(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = envValue(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (0 = no limit), got "${raw}"`);
  return value;
}

/** A kit's own file (`brain.yml`, `settings.yml`) when KALLIOPE_HOME is set and the file exists there. */
function kitFile(home: string | undefined, name: string): string | undefined {
  if (home === undefined) return undefined;
  const file = join(home, name);
  return existsSync(file) ? file : undefined;
}

export function readEnvConfig(env: NodeJS.ProcessEnv): EnvConfig {
  const home = envValue(env, 'KALLIOPE_HOME');
  const brain = envValue(env, 'KALLIOPE_BRAIN') ?? (home === undefined ? undefined : join(home, 'brain.yml'));
  const demo = brain === undefined;
  const settings = envValue(env, 'KALLIOPE_SETTINGS') ?? kitFile(home, 'settings.yml');
  const brainFile = brain ?? demoFile('brain.yml');
  const starts = readPerMinute(env, 'KALLIOPE_RATE_LIMIT_PER_MINUTE');
  const failedLogins = readPerMinute(env, 'KALLIOPE_FAILED_LOGINS_PER_MINUTE');
  const server = readServerEnv(env, { app: 'kalliope-api', port: 5000 });
  const login = envValue(env, 'KALLIOPE_API_LOGIN');
  const password = envValue(env, 'KALLIOPE_API_PASSWORD');
  const list = (name: string) => (envValue(env, name) ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
  const hosts = list('KALLIOPE_ALLOWED_HOSTS');
  return {
    ...server,
    apiCredentials: { ...(login === undefined ? {} : { login }), ...(password === undefined ? {} : { password }) },
    allowedHosts: [...hosts, server.host],
    uriTargets: list('KALLIOPE_URI_ALLOWED'),
    brainFile,
    kit: kitPathsOf(home ?? dirname(resolve(brainFile)), envValue(env, 'KALLIOPE_SYSTEM_FOLDER')),
    settingsFile: settings ?? (demo ? demoFile('settings.yml') : undefined),
    rateLimits: {
      ...(starts === undefined ? {} : { synapseStartsPerMinute: starts }),
      ...(failedLogins === undefined ? {} : { failedLoginsPerMinute: failedLogins }),
    },
    demo,
  };
}
