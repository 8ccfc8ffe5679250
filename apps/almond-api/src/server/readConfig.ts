// The operator contract (DESIGN.md "Operator contract"): the app is configured by environment variables only.
import { readExternalLoginConfig, type ExternalLoginConfig } from '../externalLogin/externalLoginConfig.js';
import { readRateLimitSettings, type RateLimitSettings } from '../http/rateLimits.js';


export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  /** Mark session cookies Secure (ALMOND_SECURE_COOKIES=1 behind HTTPS). */
  secureCookies: boolean;
  /** Create the demo user `demo` with a generated password at start-up (ALMOND_DEMO_USER=0 to skip). */
  demoUser: boolean;
  /** Login through an external OAuth 2.0 provider (ALMOND_EXTERNAL_OAUTH_*), off when unset. */
  externalLogin: ExternalLoginConfig | undefined;
  /** Per-route rate limits (ALMOND_RATE_LIMIT_*; ALMOND_RATE_LIMIT=off switches them off). */
  rateLimits: RateLimitSettings | undefined;
  /** ALMOND_SECRET_KEY, the key that seals device tokens (security/secretBox.ts `loadSecretKey`). */
  secretKey: string | undefined;
}

const optional = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = env.PORT?.trim() ? Number(env.PORT) : 3100;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got "${env.PORT}")`);
  return {
    port,
    host: optional(env.HOST) ?? '127.0.0.1',
    databaseUrl: optional(env.DATABASE_URL),
    dataDir: optional(env.DATA_DIR) ?? './.data/almond-api',
    logLevel: optional(env.LOG_LEVEL) ?? 'info',
    secureCookies: env.ALMOND_SECURE_COOKIES === '1',
    demoUser: env.ALMOND_DEMO_USER !== '0',
    externalLogin: readExternalLoginConfig(env),
    rateLimits: readRateLimitSettings(env),
    secretKey: optional(env.ALMOND_SECRET_KEY),
  };
}
