import Type, { type Static } from 'typebox';

// Web Almond OAuth 2.0 (seeds 000 and 001 "Authentication"; RFC 6749; docs/protocols/almond.md §2.2 and §6 — PKCE
// (RFC 7636) is supported and required for public clients).

export const AlmondOAuthAuthorizeQuery = Type.Object(
  {
    response_type: Type.Literal('code'),
    client_id: Type.String(),
    redirect_uri: Type.String({ description: 'Must start with a redirect URI registered for the client.' }),
    scope: Type.Optional(Type.String({ description: 'Space-separated scopes, e.g. "profile user-read".' })),
    state: Type.Optional(Type.String()),
    code_challenge: Type.Optional(Type.String({ description: 'PKCE challenge (RFC 7636).' })),
    code_challenge_method: Type.Optional(Type.Enum(['S256', 'plain'])),
  },
  { $id: 'almond.OAuthAuthorizeQuery', description: 'Query string of GET /me/api/oauth2/authorize.' },
);
export type AlmondOAuthAuthorizeQuery = Static<typeof AlmondOAuthAuthorizeQuery>;

const clientCredentials = {
  client_id: Type.Optional(Type.String({ description: 'Omitted when the client authenticates with HTTP Basic.' })),
  client_secret: Type.Optional(Type.String()),
};

export const AlmondOAuthTokenRequest = Type.Union(
  [
    Type.Object({
      grant_type: Type.Literal('authorization_code'),
      code: Type.String(),
      redirect_uri: Type.Optional(Type.String({ description: 'Must equal the one passed to /authorize.' })),
      code_verifier: Type.Optional(Type.String({ description: 'PKCE verifier (RFC 7636).' })),
      ...clientCredentials,
    }),
    Type.Object({
      grant_type: Type.Literal('refresh_token'),
      refresh_token: Type.String(),
      scope: Type.Optional(Type.String()),
      ...clientCredentials,
    }),
  ],
  {
    $id: 'almond.OAuthTokenRequest',
    description: 'Form body of POST /me/api/oauth2/token: the authorization_code or the refresh_token grant.',
  },
);
export type AlmondOAuthTokenRequest = Static<typeof AlmondOAuthTokenRequest>;

export const AlmondOAuthTokenResponse = Type.Object(
  {
    access_token: Type.String(),
    token_type: Type.Literal('Bearer'),
    refresh_token: Type.Optional(Type.String()),
    expires_in: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^[0-9]+$' })], {
        description: 'Lifetime in seconds: a number (almond-cloud 1.8) or a numeric string (docs/protocols/almond.md).',
      }),
    ),
    scope: Type.Optional(Type.String()),
  },
  { $id: 'almond.OAuthTokenResponse', description: 'Successful answer of POST /me/api/oauth2/token.' },
);
export type AlmondOAuthTokenResponse = Static<typeof AlmondOAuthTokenResponse>;

/** Error codes of RFC 6749 §4.1.2.1 (authorization) and §5.2 (token), and `slow_down` (RFC 8628) for rate limits. */
export const oauthErrorCodes = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'slow_down',
] as const;

export const AlmondOAuthError = Type.Object(
  {
    error: Type.Enum(oauthErrorCodes),
    error_description: Type.Optional(Type.String()),
    error_uri: Type.Optional(Type.String()),
    state: Type.Optional(Type.String()),
  },
  {
    $id: 'almond.OAuthError',
    description: 'OAuth 2.0 error: JSON body of a failed token request, or query of the redirect after a denial.',
  },
);
export type AlmondOAuthError = Static<typeof AlmondOAuthError>;

export const AlmondOAuthRevokeResponse = Type.Object(
  {},
  {
    $id: 'almond.OAuthRevokeResponse',
    description: 'Answer of POST /me/api/oauth2/revoke (RFC 7009): an empty object, whether the token was known or not.',
  },
);
export type AlmondOAuthRevokeResponse = Static<typeof AlmondOAuthRevokeResponse>;
