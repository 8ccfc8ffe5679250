// Validation of an authorization request (GET shows consent, POST decides), before anything redirects.
import type { ClientStore, OAuthClient } from './clientStore.js';
import { parseScopes, type Scope } from './scopes.js';

/** The parameters of /me/api/oauth2/authorize kept through the consent form. */
export const AUTHORIZE_PARAMETERS = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method'] as const;

export type AuthorizeParameters = Partial<Record<(typeof AUTHORIZE_PARAMETERS)[number], string>>;

type AuthorizeCheck =
  | { ok: true; client: OAuthClient; redirectUri: string; scopes: Scope[] }
  /** `status` 403 for a bad client or redirect URI (never redirected to), 400 for the rest (docs/protocols/almond.md §2.2). */
  | { ok: false; status: 400 | 403; message: string };

export function pickAuthorizeParameters(source: Record<string, unknown>): AuthorizeParameters {
  const picked: AuthorizeParameters = {};
  for (const name of AUTHORIZE_PARAMETERS) {
    const value = source[name];
    if (typeof value === 'string' && value !== '') picked[name] = value;
  }
  return picked;
}

export async function checkAuthorizeRequest(parameters: AuthorizeParameters, clients: ClientStore): Promise<AuthorizeCheck> {
  const client = parameters.client_id === undefined ? undefined : await clients.byId(parameters.client_id);
  if (client === undefined) return { ok: false, status: 403, message: 'Invalid client' };
  // Exact match against a registered URI (stricter than v1.8's prefix match).
  const redirectUri = parameters.redirect_uri ?? (client.redirectUris.length === 1 ? client.redirectUris[0] : undefined);
  if (redirectUri === undefined || !client.redirectUris.includes(redirectUri)) {
    return { ok: false, status: 403, message: 'Invalid redirect URI' };
  }
  if (parameters.response_type !== 'code') return { ok: false, status: 400, message: 'Missing or unsupported response_type (use "code")' };
  const scopes = parseScopes(parameters.scope ?? '');
  if (scopes === undefined || scopes.length === 0 || !scopes.every((scope) => client.allowedScopes.includes(scope))) {
    return { ok: false, status: 400, message: 'Invalid scope' };
  }
  if (parameters.code_challenge_method !== undefined && parameters.code_challenge_method !== 'S256') {
    return { ok: false, status: 400, message: 'Unsupported code_challenge_method (use "S256")' };
  }
  if (parameters.code_challenge === undefined && parameters.code_challenge_method !== undefined) {
    return { ok: false, status: 400, message: 'Missing code_challenge' };
  }
  if (client.secretHash === null && parameters.code_challenge === undefined) {
    return { ok: false, status: 400, message: 'PKCE (code_challenge with S256) is required for public clients' };
  }
  return { ok: true, client, redirectUri, scopes };
}
