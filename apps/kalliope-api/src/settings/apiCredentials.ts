import { randomBytes } from 'node:crypto';
import type { KalliopeSettings } from './settings.js';

interface ApiCredentials {
  readonly settings: KalliopeSettings;
  /** The credentials the server made up (to be printed), when the settings and the environment gave none. */
  readonly generated?: { readonly login: string; readonly password: string };
}

/**
 * Fills in the REST API credentials of password-protected settings that have none (Kalliope's default is
 * `password_protected: True`): `KALLIOPE_API_LOGIN`/`KALLIOPE_API_PASSWORD` when set, else login `kalliope` and a
 * random password for this run.
 */
export function withApiCredentials(settings: KalliopeSettings, fromEnv: { login?: string; password?: string }): ApiCredentials {
  const rest = settings.restApi;
  if (!rest.passwordProtected || (rest.login !== '' && rest.password !== '')) return { settings };
  const login = rest.login !== '' ? rest.login : (fromEnv.login ?? 'kalliope');
  const envPassword = rest.password !== '' ? rest.password : fromEnv.password;
  const password = envPassword ?? randomBytes(18).toString('base64url');
  const filled = { ...settings, restApi: { ...rest, login, password } };
  return envPassword === undefined ? { settings: filled, generated: { login, password } } : { settings: filled };
}
