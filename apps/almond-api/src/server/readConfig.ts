// The operator contract (docs/operations.md): the app is configured by environment variables only.
import { envValue, readServerEnv, type ServerEnv } from '@parley/server-kit';
import { readExternalLoginConfig, type ExternalLoginConfig } from '../externalLogin/externalLoginConfig.js';
import { readRateLimitSettings, type RateLimitSettings } from '../http/rateLimits.js';
import { parsePublicUrl } from '../http/publicOrigin.js';
import { readProgramLimits, type ProgramLimits } from '../programs/programLimits.js';

export interface ServerConfig extends ServerEnv {
  /** Mark session cookies Secure (ALMOND_SECURE_COOKIES=1 behind HTTPS). */
  secureCookies: boolean;
  /** Create the demo user `demo` with a generated password at start-up (ALMOND_DEMO_USER=0 to skip). */
  demoUser: boolean;
  /** Login through an external OAuth 2.0 provider (ALMOND_EXTERNAL_OAUTH_*), off when unset. */
  externalLogin: ExternalLoginConfig | undefined;
  /** Per-route rate limits (ALMOND_RATE_LIMIT_*; ALMOND_RATE_LIMIT=off switches them off). */
  rateLimits: RateLimitSettings | undefined;
  /** ALMOND_PUBLIC_URL: where clients reach this server (icons, OAuth callbacks); the listening address when unset. */
  publicUrl: string | undefined;
  /** What programs may use (ALMOND_LIMIT_*). */
  programLimits: ProgramLimits;
  /** ALMOND_SECRET_KEY, the key that seals device tokens (security/secretBox.ts `loadSecretKey`). */
  secretKey: string | undefined;
}

const publicUrlOf = (value: string | undefined): string | undefined => (value === undefined ? undefined : parsePublicUrl(value));

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    ...readServerEnv(env, { app: 'almond-api', port: 3100 }),
    secureCookies: env.ALMOND_SECURE_COOKIES === '1',
    demoUser: env.ALMOND_DEMO_USER !== '0',
    externalLogin: readExternalLoginConfig(env),
    rateLimits: readRateLimitSettings(env),
    programLimits: readProgramLimits(env),
    publicUrl: publicUrlOf(envValue(env, 'ALMOND_PUBLIC_URL')),
    secretKey: envValue(env, 'ALMOND_SECRET_KEY'),
  };
}
