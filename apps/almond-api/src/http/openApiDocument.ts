// The OpenAPI 3.1 document of the Web Almond API; its schemas come from @parley/protocol-types.
import { jsonSchemaBundle } from '@parley/protocol-types';

const ref = (name: string) => ({ $ref: `#/components/schemas/almond.${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const ok = (description: string, name: string) => ({ description, content: json(name) });
const failure = (description: string) => ({ description, content: json('Error') });
const authFailures = {
  401: { description: 'Missing or unknown bearer token (plain text `Unauthorized`)' },
  403: failure('Expired token or missing scope (`invalid scope`)'),
};
const bearer = (scope: string) => [{ oauth2: [scope] }];
const idParameter = { name: 'uniqueId', in: 'path', required: true, schema: { type: 'string' } };

export function openApiDocument(): Record<string, unknown> {
  const schemas = Object.fromEntries(Object.entries(jsonSchemaBundle().$defs).filter(([name]) => name.startsWith('almond.')));
  const form = (name: string) => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema: ref(name) } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Parley Web Almond API', version: '0.1.0', description: 'Drop-in Web Almond API (almond-cloud 1.8 routes, stricter OAuth).' },
    components: {
      schemas,
      securitySchemes: {
        oauth2: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: '/me/api/oauth2/authorize',
              tokenUrl: '/me/api/oauth2/token',
              refreshUrl: '/me/api/oauth2/token',
              scopes: {
                profile: "see the user's profile",
                'user-read': 'read active commands and devices',
                'user-read-results': 'read results of active commands',
                'user-exec-command': 'execute ThingTalk code',
              },
            },
          },
        },
      },
    },
    paths: {
      '/me/api/oauth2/authorize': {
        get: { parameters: [{ name: 'query', in: 'query', schema: ref('OAuthAuthorizeQuery') }], responses: { 200: { description: 'Consent page' }, 302: { description: 'Login first' } } },
      },
      '/me/api/oauth2/token': {
        post: { requestBody: form('OAuthTokenRequest'), responses: { 200: ok('Tokens', 'OAuthTokenResponse'), 400: ok('OAuth error', 'OAuthError'), 401: ok('Bad client', 'OAuthError') } },
      },
      '/me/api/oauth2/revoke': { post: { responses: { 200: ok('Revoked (or unknown token)', 'OAuthRevokeResponse'), 400: ok('OAuth error', 'OAuthError'), 401: ok('Bad client', 'OAuthError') } } },
      '/me/api/profile': { get: { security: bearer('profile'), responses: { 200: ok('The user', 'Profile'), ...authFailures } } },
      '/me/api/parse': {
        get: { security: bearer('user-read'), parameters: [{ name: 'query', in: 'query', schema: ref('ParseQuery') }], responses: { 200: ok('Candidates', 'ParseResponse'), 400: failure('Missing, repeated or over-long query'), ...authFailures } },
      },
      '/me/api/converse': {
        post: { security: bearer('user-exec-command'), requestBody: { content: json('ConverseRequest') }, responses: { 200: ok('One round', 'ConverseResponse'), 400: failure('Missing, malformed or over-long command'), ...authFailures } },
      },
      '/me/api/apps/create': {
        post: {
          security: bearer('user-exec-command'),
          requestBody: { content: json('AppsCreateRequest') },
          responses: { 200: ok('The program and its results', 'AppsCreateResponse'), 400: failure('Invalid program'), 415: failure('Not JSON'), ...authFailures },
        },
      },
      '/me/api/apps/list': { get: { security: bearer('user-read'), responses: { 200: ok('Running programs', 'AppList'), ...authFailures } } },
      '/me/api/apps/get/{uniqueId}': {
        get: { security: bearer('user-read'), parameters: [idParameter], responses: { 200: ok('A running program', 'App'), 404: failure('Not Found'), ...authFailures } },
      },
      '/me/api/apps/delete/{uniqueId}': {
        post: { security: bearer('user-exec-command'), parameters: [idParameter], responses: { 200: ok('Stopped', 'AppsDeleteResponse'), 404: failure('Not Found'), ...authFailures } },
      },
      '/me/api/devices/list': { get: { security: bearer('user-read'), responses: { 200: ok('Configured devices', 'DeviceList'), ...authFailures } } },
      '/me/api/devices/create': {
        post: { security: bearer('user-exec-command'), requestBody: { content: json('DeviceCreateRequest') }, responses: { 200: ok('The new device', 'Device'), 400: failure('Bad configuration'), 415: failure('Not JSON'), ...authFailures } },
      },
      '/me/api/conversation': {
        get: { security: bearer('user-exec-command'), description: 'WebSocket: the Almond Dialog API (almond.Input in, almond.Message out)', parameters: [{ name: 'query', in: 'query', schema: ref('ConversationQuery') }], responses: { 101: { description: 'Switching protocols' } } },
      },
      '/me/api/results': {
        get: { security: bearer('user-read-results'), description: 'WebSocket: results of background programs (almond.ResultsMessage: almond.ResultsEvent, pong)', responses: { 101: { description: 'Switching protocols' } } },
      },
      '/healthz': { get: { description: 'Readiness: runs select 1 on the database (2 s limit)', responses: { 200: { description: '{"status":"ok"}' }, 503: { description: '{"status":"unavailable","reason":"database unreachable"}' } } } },
    },
  };
}
