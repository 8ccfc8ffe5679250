// Optional login through an external OAuth 2.0 provider: on only when every ALMOND_EXTERNAL_OAUTH_* variable is set.

export interface ExternalLoginConfig {
  /** Shown on the login page: "Log in with <name>"; also the provider key of linked accounts. */
  name: string;
  authorizeUrl: string;
  tokenUrl: string;
  userInfoUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes asked for (ALMOND_EXTERNAL_OAUTH_SCOPE, optional). */
  scope: string[];
}

const VARIABLES = {
  name: 'ALMOND_EXTERNAL_OAUTH_NAME',
  authorizeUrl: 'ALMOND_EXTERNAL_OAUTH_AUTHORIZE_URL',
  tokenUrl: 'ALMOND_EXTERNAL_OAUTH_TOKEN_URL',
  userInfoUrl: 'ALMOND_EXTERNAL_OAUTH_USERINFO_URL',
  clientId: 'ALMOND_EXTERNAL_OAUTH_CLIENT_ID',
  clientSecret: 'ALMOND_EXTERNAL_OAUTH_CLIENT_SECRET',
} as const;

/** The configuration, undefined when none of the variables is set; a partial set is an error. */
export function readExternalLoginConfig(env: NodeJS.ProcessEnv): ExternalLoginConfig | undefined {
  const values = Object.fromEntries(Object.entries(VARIABLES).map(([key, variable]) => [key, env[variable]?.trim() ?? ''])) as Record<keyof typeof VARIABLES, string>;
  const missing = Object.entries(VARIABLES).filter(([key]) => values[key as keyof typeof VARIABLES] === '').map(([, variable]) => variable);
  if (missing.length === Object.keys(VARIABLES).length) return undefined;
  if (missing.length > 0) throw new Error(`external OAuth login needs ${missing.join(', ')} too`);
  for (const key of ['authorizeUrl', 'tokenUrl', 'userInfoUrl'] as const) {
    if (!URL.canParse(values[key])) throw new Error(`${VARIABLES[key]} must be an absolute URL (got "${values[key]}")`);
  }
  const scope = env.ALMOND_EXTERNAL_OAUTH_SCOPE?.trim().split(/\s+/).filter((part) => part !== '') ?? [];
  return { ...values, scope };
}
