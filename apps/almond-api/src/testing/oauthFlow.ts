// Test support: a user logged in through the login form, and the authorization-code flow driven through HTTP.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppServices } from '../services.js';

export const REDIRECT_URI = 'https://client.example/almond_auth';

export function cookieOf(response: { headers: Record<string, unknown> }): string {
  const header = response.headers['set-cookie'];
  const first = Array.isArray(header) ? String(header[0]) : String(header);
  return first.split(';')[0] ?? '';
}

/** GET an account page (/user/login, /user/register) as a browser does: its pre-login CSRF cookie and token. */
export async function loadAccountForm(app: FastifyInstance, path: string): Promise<{ cookie: string; csrf: string }> {
  const page = await app.inject({ method: 'GET', url: path });
  return { cookie: cookieOf(page), csrf: csrfOf(page.body) };
}

/** POST an account form after loading its page, with the page's CSRF cookie and token. */
export async function submitAccountForm(app: FastifyInstance, path: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
  const { cookie, csrf } = await loadAccountForm(app, path);
  return app.inject({
    method: 'POST',
    url: path,
    payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
  });
}

export async function createUserAndLogin(app: FastifyInstance, services: AppServices, username: string): Promise<string> {
  await services.users.create({ username, password: `${username}-password`, email: `${username}@example.com` });
  const response = await submitAccountForm(app, '/user/login', { username, password: `${username}-password`, next: '/' });
  if (response.statusCode !== 303) throw new Error(`login failed: ${response.statusCode}`);
  return cookieOf(response);
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function csrfOf(page: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(page);
  if (match?.[1] === undefined) throw new Error('no CSRF token on the page');
  return match[1];
}

/** GET the consent page, then POST the decision; returns the redirect location. */
export async function authorize(
  app: FastifyInstance,
  cookie: string,
  parameters: Record<string, string>,
  decision: 'allow' | 'deny' = 'allow',
): Promise<{ status: number; location: string; body: string }> {
  const page = await app.inject({ method: 'GET', url: `/me/api/oauth2/authorize?${new URLSearchParams(parameters).toString()}`, headers: { cookie } });
  if (page.statusCode !== 200) return { status: page.statusCode, location: String(page.headers.location ?? ''), body: page.body };
  const response = await app.inject({
    method: 'POST',
    url: '/me/api/oauth2/authorize',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ ...parameters, _csrf: csrfOf(page.body), decision }).toString(),
  });
  return { status: response.statusCode, location: String(response.headers.location ?? ''), body: response.body };
}

export async function postToken(app: FastifyInstance, fields: Record<string, string>, basic?: { id: string; secret: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (basic !== undefined) headers.authorization = `Basic ${Buffer.from(`${basic.id}:${basic.secret}`).toString('base64')}`;
  const response = await app.inject({ method: 'POST', url: '/me/api/oauth2/token', headers, payload: new URLSearchParams(fields).toString() });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

export function codeOf(location: string): string {
  const code = new URL(location).searchParams.get('code');
  if (code === null) throw new Error(`no code in ${location}`);
  return code;
}

/** A confidential client, a logged-in user and a token pair for the given scopes. */
export async function grantTokens(app: FastifyInstance, services: AppServices, username: string, scopes: string) {
  const client = await services.clients.create({ name: `${username} app`, redirectUris: [REDIRECT_URI], scopes: ['profile', 'user-read', 'user-read-results', 'user-exec-command'], isPublic: false });
  const cookie = await createUserAndLogin(app, services, username);
  const granted = await authorize(app, cookie, { response_type: 'code', client_id: client.clientId, redirect_uri: REDIRECT_URI, scope: scopes });
  const token = await postToken(app, {
    grant_type: 'authorization_code',
    code: codeOf(granted.location),
    redirect_uri: REDIRECT_URI,
    client_id: client.clientId,
    client_secret: client.clientSecret ?? '',
  });
  if (token.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(token.body)}`);
  return { client, cookie, accessToken: String(token.body.access_token), refreshToken: String(token.body.refresh_token) };
}
