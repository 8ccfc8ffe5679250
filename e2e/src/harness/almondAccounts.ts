// Drives almond-api from the outside as its operator and users would: the admin CLI (create-user,
// create-client), the login form (loaded first for its CSRF token, like a browser), the consent page and the token endpoint of its OAuth provider.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { spawnApp, type SpawnedApp } from './spawnApp.js';

export const REDIRECT_URI = 'https://client.example/almond_auth';
export const ALL_SCOPES = 'profile user-read user-read-results user-exec-command';

/** Where an almond-api deployment keeps its state: its environment, shared by every instance and the admin CLI
 * (on PGlite, run the admin CLI before starting the server: one process at a time may open the data folder). */
export interface AlmondDeployment {
  env: Record<string, string>;
}

/** On Postgres the instances share one ALMOND_SECRET_KEY (required there); on PGlite the app generates its own. */
export function almondDeployment(databaseUrl: string | undefined): AlmondDeployment {
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-almond-'));
  const postgres = databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl, ALMOND_SECRET_KEY: randomBytes(32).toString('hex') };
  return { env: { DATA_DIR: dataDir, ALMOND_DEMO_USER: '0', ...postgres } };
}

export function spawnAlmond(deployment: AlmondDeployment): Promise<SpawnedApp> {
  return spawnApp('almond-api', { env: deployment.env });
}

const run = promisify(execFile);

/** `pnpm --filter @parley/almond-api admin …`: the built admin.js beside main.js, on the deployment's storage. */
async function admin(deployment: AlmondDeployment, args: string[]): Promise<string> {
  const script = fileURLToPath(new URL('./admin.js', import.meta.resolve('@parley/almond-api')));
  const { stdout } = await run(process.execPath, [script, ...args], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...deployment.env } });
  return stdout.trim();
}

export async function createUser(deployment: AlmondDeployment, username: string): Promise<{ username: string; password: string }> {
  const password = `${username}-password`;
  await admin(deployment, ['create-user', '--username', username, '--password', password]);
  return { username, password };
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string | null;
}

export async function createClient(deployment: AlmondDeployment, options: { scopes?: string; isPublic?: boolean; redirectUri?: string } = {}): Promise<OAuthClient> {
  const printed = await admin(deployment, [
    'create-client', '--name', 'E2E Client', '--redirect-uri', options.redirectUri ?? REDIRECT_URI, '--scopes', options.scopes ?? ALL_SCOPES,
    ...(options.isPublic === true ? ['--public'] : []),
  ]);
  const { client_id, client_secret } = JSON.parse(printed) as { client_id: string; client_secret: string | null };
  return { clientId: client_id, clientSecret: client_secret };
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/** GET an account page (/user/login, /user/register) as a browser does: its pre-login CSRF cookie and token. */
export async function loadAccountForm(base: string, path: string): Promise<{ cookie: string; csrf: string }> {
  const page = await fetch(`${base}${path}`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  const cookie = page.headers.get('set-cookie')?.split(';')[0];
  if (csrf === undefined || cookie === undefined) throw new Error(`no CSRF cookie and token on ${path}: ${page.status}`);
  return { cookie, csrf };
}

/** POST an account form after loading its page, with the page's CSRF cookie and token. */
export async function submitAccountForm(base: string, path: string, fields: Record<string, string>): Promise<Response> {
  const { cookie, csrf } = await loadAccountForm(base, path);
  const request = form({ _csrf: csrf, ...fields });
  return fetch(`${base}${path}`, { ...request, headers: { ...request.headers, cookie } });
}

/** Logs in through the form (loaded first, like a browser); returns the session cookie (`name=value`). */
export async function login(base: string, user: { username: string; password: string }): Promise<string> {
  const response = await submitAccountForm(base, '/user/login', { username: user.username, password: user.password, next: '/' });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || cookie === undefined) throw new Error(`login failed: ${response.status}`);
  return cookie;
}

export interface Consent {
  status: number;
  /** The redirect target ('' when the server did not redirect). */
  location: string;
}

/** GET the consent page (for its CSRF token), then POST the decision with `overrides` applied to the form. */
export async function consent(base: string, cookie: string, parameters: Record<string, string>, overrides: Record<string, string> = {}): Promise<Consent> {
  const page = await fetch(`${base}/me/api/oauth2/authorize?${new URLSearchParams(parameters).toString()}`, { headers: { cookie }, redirect: 'manual' });
  const text = await page.text();
  if (page.status !== 200) return { status: page.status, location: page.headers.get('location') ?? '' };
  const csrf = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? '';
  const request = form({ ...parameters, _csrf: csrf, decision: 'allow', ...overrides });
  const response = await fetch(`${base}/me/api/oauth2/authorize`, { ...request, headers: { ...request.headers, cookie } });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location') ?? '' };
}

export function codeOf(location: string): string {
  const code = new URL(location).searchParams.get('code');
  if (code === null) throw new Error(`no code in ${location}`);
  return code;
}

export async function token(base: string, fields: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/me/api/oauth2/token`, form(fields));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeParameters(client: OAuthClient, extra: Record<string, string> = {}): Record<string, string> {
  return { response_type: 'code', client_id: client.clientId, redirect_uri: REDIRECT_URI, scope: ALL_SCOPES, state: 'e2e-state', ...extra };
}

/** The whole flow for a confidential client: login, consent, code exchange. */
export async function grantTokens(base: string, user: { username: string; password: string }, client: OAuthClient, scope = ALL_SCOPES) {
  const cookie = await login(base, user);
  const granted = await consent(base, cookie, authorizeParameters(client, { scope }));
  const exchanged = await token(base, {
    grant_type: 'authorization_code', code: codeOf(granted.location), redirect_uri: REDIRECT_URI, client_id: client.clientId, client_secret: client.clientSecret ?? '',
  });
  if (exchanged.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(exchanged.body)}`);
  return { cookie, accessToken: String(exchanged.body.access_token), refreshToken: String(exchanged.body.refresh_token) };
}
