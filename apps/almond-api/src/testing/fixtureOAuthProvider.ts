// Test support: a small OAuth 2.0 provider on 127.0.0.1 (authorization code grant): GET /authorize redirects back
// at once with a code (the user "consents"), POST /token exchanges it once for tokens, GET /userinfo answers the
// current profile for a valid access token.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureOAuthProvider {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Who logs in at the provider (change it to log in as someone else). */
  profile: Record<string, unknown>;
  /** The query of every authorize request, in order. */
  authorizeRequests: URLSearchParams[];
  /** Access tokens issued, in order. */
  issuedTokens: string[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startFixtureOAuthProvider(profile: Record<string, unknown>): Promise<FixtureOAuthProvider> {
  const codes = new Map<string, string>();
  const tokens = new Map<string, Record<string, unknown>>();
  const provider: Omit<FixtureOAuthProvider, 'url' | 'close'> = {
    clientId: 'fixture-client',
    clientSecret: 'fixture-secret',
    profile,
    authorizeRequests: [],
    issuedTokens: [],
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/authorize') {
      const redirect = url.searchParams.get('redirect_uri') ?? '';
      provider.authorizeRequests.push(url.searchParams);
      if (url.searchParams.get('client_id') !== provider.clientId || !URL.canParse(redirect)) return json(response, 400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('hex');
      codes.set(code, redirect);
      const target = new URL(redirect);
      target.searchParams.set('code', code);
      const state = url.searchParams.get('state');
      if (state !== null) target.searchParams.set('state', state);
      response.writeHead(302, { location: target.toString() }).end();
      return;
    }
    if (request.method === 'POST' && url.pathname === '/token') {
      void readBody(request).then((text) => {
        const form = new URLSearchParams(text);
        const code = form.get('code') ?? '';
        const redirect = codes.get(code);
        codes.delete(code);
        if (form.get('client_id') !== provider.clientId || form.get('client_secret') !== provider.clientSecret) return json(response, 401, { error: 'invalid_client' });
        if (form.get('grant_type') !== 'authorization_code' || redirect === undefined || redirect !== form.get('redirect_uri')) return json(response, 400, { error: 'invalid_grant' });
        const accessToken = randomBytes(16).toString('hex');
        tokens.set(accessToken, { ...provider.profile });
        provider.issuedTokens.push(accessToken);
        json(response, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, refresh_token: randomBytes(16).toString('hex') });
      });
      return;
    }
    if (request.method === 'GET' && url.pathname === '/userinfo') {
      const info = tokens.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
      return info === undefined ? json(response, 401, { error: 'invalid_token' }) : json(response, 200, info);
    }
    json(response, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(provider, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}
