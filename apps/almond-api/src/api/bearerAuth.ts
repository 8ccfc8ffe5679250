// Bearer authentication of /me/api (docs/protocols/almond.md §2.1, with revocation effective at once): the token must be
// live (not revoked, its grant not revoked) and unexpired, and carry the scope of the endpoint.
import type { FastifyRequest } from 'fastify';
import { invalidScope, invalidToken, unauthorized } from '../http/AlmondApiError.js';
import type { OAuthModel } from '../oauth/oauthModel.js';
import type { Scope } from '../oauth/scopes.js';

export interface ApiCaller {
  userId: string;
  clientId: string;
  scopes: readonly string[];
}

/** The bearer token of a request: the Authorization header, or `access_token` in the query when allowed. */
export function bearerToken(request: FastifyRequest, allowQuery: boolean): string | undefined {
  const header = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (header !== undefined) return header;
  if (!allowQuery) return undefined;
  const query = request.query as Record<string, unknown> | undefined;
  const value = query?.access_token;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function authenticateCaller(model: OAuthModel, token: string | undefined): Promise<ApiCaller> {
  if (token === undefined) throw unauthorized();
  const info = await model.lookupAccessToken(token);
  if (info === undefined) {
    if (await model.isRefreshToken(token)) throw invalidToken('jwt audience invalid. expected: oauth2');
    throw unauthorized();
  }
  if (info.expiresAt.getTime() <= Date.now()) throw invalidToken('jwt expired');
  return { userId: info.userId, clientId: info.clientId, scopes: info.scopes };
}

export function requireScope(caller: ApiCaller, scope: Scope): void {
  if (!caller.scopes.includes(scope)) throw invalidScope();
}
