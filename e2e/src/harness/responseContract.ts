// Every JSON answer the e2e tests receive is checked against the @parley/protocol-types schema its route declares
// for that status (the apps serialise through the same schemas): a field of the wrong type, or a body of the
// wrong shape, fails the test that received it. WebSocket messages are checked the same way (checkMessage). Answers of routes not listed, and bodies that are not JSON (HTML
// error pages, zips, Kalliope's 401 text), are not checked.
import {
  AlmondApp,
  AlmondAppList,
  AlmondAppsCreateResponse,
  AlmondAppsDeleteResponse,
  AlmondConverseResponse,
  AlmondDevice,
  AlmondDeviceList,
  AlmondError,
  AlmondOAuthError,
  AlmondOAuthRevokeResponse,
  AlmondOAuthTokenResponse,
  AlmondParseResponse,
  AlmondProfile,
  ApiaiAgentImportResponse,
  ApiaiContext,
  ApiaiContextList,
  ApiaiContextsCreateResponse,
  ApiaiEntitiesCreateResponse,
  ApiaiEntity,
  ApiaiEntityList,
  ApiaiIntent,
  ApiaiIntentList,
  ApiaiQueryResponse,
  ApiaiStatusResponse,
  ApiaiUserEntitiesCreateResponse,
  ApiaiUserEntity,
  KalliopeDeafStatus,
  KalliopeError,
  KalliopeMuteStatus,
  KalliopeNeuronModules,
  KalliopeRunResponse,
  KalliopeSynapse,
  KalliopeSynapseDetail,
  KalliopeSynapseList,
  KalliopeVersion,
} from '@parley/protocol-types';
import Type, { type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

interface Route {
  method: string;
  path: RegExp;
  /** The schema of each success status; failures (4xx, 5xx) answer with `failure`. */
  answers: Readonly<Record<number, TSchema>>;
  failure: TSchema;
}

const apiai = (method: string, path: RegExp, answers: Record<number, TSchema>): Route => ({ method, path, answers, failure: ApiaiStatusResponse });
const kalliope = (method: string, path: RegExp, answers: Record<number, TSchema>): Route => ({ method, path, answers, failure: KalliopeError });
const almond = (method: string, path: RegExp, answers: Record<number, TSchema>): Route => ({ method, path, answers, failure: AlmondError });
const oauth = (method: string, path: RegExp, answers: Record<number, TSchema>): Route => ({ method, path, answers, failure: AlmondOAuthError });
const written = { 200: ApiaiStatusResponse };

const routes: readonly Route[] = [
  apiai('GET', /^\/v1\/query$/, { 200: ApiaiQueryResponse, 206: ApiaiQueryResponse }),
  apiai('POST', /^\/v1\/query$/, { 200: ApiaiQueryResponse, 206: ApiaiQueryResponse }),
  apiai('GET', /^\/v1\/contexts$/, { 200: ApiaiContextList }),
  apiai('GET', /^\/v1\/contexts\/[^/]+$/, { 200: ApiaiContext }),
  apiai('POST', /^\/v1\/contexts$/, { 200: ApiaiContextsCreateResponse }),
  apiai('DELETE', /^\/v1\/contexts(\/[^/]+)?$/, written),
  apiai('GET', /^\/v1\/entities$/, { 200: ApiaiEntityList }),
  apiai('GET', /^\/v1\/entities\/[^/]+$/, { 200: ApiaiEntity }),
  apiai('POST', /^\/v1\/entities$/, { 200: Type.Union([ApiaiStatusResponse, ApiaiEntitiesCreateResponse]) }),
  apiai('PUT', /^\/v1\/entities(\/[^/]+)?$/, written),
  apiai('DELETE', /^\/v1\/entities\/[^/]+$/, written),
  apiai('POST', /^\/v1\/entities\/[^/]+\/entries$/, written),
  apiai('PUT', /^\/v1\/entities\/[^/]+\/entries$/, written),
  apiai('DELETE', /^\/v1\/entities\/[^/]+\/entries$/, written),
  apiai('GET', /^\/v1\/intents$/, { 200: ApiaiIntentList }),
  apiai('GET', /^\/v1\/intents\/[^/]+$/, { 200: ApiaiIntent }),
  apiai('POST', /^\/v1\/intents$/, written),
  apiai('PUT', /^\/v1\/intents\/[^/]+$/, written),
  apiai('DELETE', /^\/v1\/intents\/[^/]+$/, written),
  apiai('POST', /^\/v1\/userEntities$/, { 200: ApiaiUserEntitiesCreateResponse }),
  apiai('GET', /^\/v1\/userEntities\/[^/]+$/, { 200: ApiaiUserEntity }),
  apiai('PUT', /^\/v1\/userEntities\/[^/]+$/, written),
  apiai('DELETE', /^\/v1\/userEntities\/[^/]+$/, written),
  apiai('POST', /^\/v1\/agent\/import$/, { 200: ApiaiAgentImportResponse }),
  kalliope('GET', /^\/$/, { 200: KalliopeVersion }),
  kalliope('GET', /^\/synapses$/, { 200: KalliopeSynapseList }),
  kalliope('POST', /^\/synapses$/, { 201: KalliopeSynapse }),
  kalliope('GET', /^\/synapses\/[^/]+$/, { 200: KalliopeSynapseDetail }),
  kalliope('POST', /^\/synapses\/start\/(id\/[^/]+|order|audio)$/, { 201: KalliopeRunResponse }),
  kalliope('GET', /^\/(mute|settings\/mute)$/, { 200: KalliopeMuteStatus }),
  kalliope('POST', /^\/(mute|settings\/mute)$/, { 200: KalliopeMuteStatus }),
  kalliope('GET', /^\/settings\/deaf$/, { 200: KalliopeDeafStatus }),
  kalliope('POST', /^\/settings\/deaf$/, { 200: KalliopeDeafStatus }),
  kalliope('GET', /^\/neurons$/, { 200: KalliopeNeuronModules }),
  almond('GET', /^\/me\/api\/profile$/, { 200: AlmondProfile }),
  almond('GET', /^\/me\/api\/devices\/list$/, { 200: AlmondDeviceList }),
  almond('POST', /^\/me\/api\/devices\/create$/, { 200: AlmondDevice }),
  almond('POST', /^\/me\/api\/apps\/create$/, { 200: AlmondAppsCreateResponse }),
  almond('GET', /^\/me\/api\/apps\/list$/, { 200: AlmondAppList }),
  almond('GET', /^\/me\/api\/apps\/get\/[^/]+$/, { 200: AlmondApp }),
  almond('GET', /^\/me\/api\/apps\/delete\/[^/]+$/, { 200: AlmondAppsDeleteResponse }),
  almond('POST', /^\/me\/api\/apps\/delete\/[^/]+$/, { 200: AlmondAppsDeleteResponse }),
  almond('GET', /^\/me\/api\/parse$/, { 200: AlmondParseResponse }),
  almond('POST', /^\/me\/api\/converse$/, { 200: AlmondConverseResponse }),
  almond('GET', /^\/devices\/(create|configure\/[^/]+|oauth2\/[^/]+|oauth2\/callback\/[^/]+)$/, {}),
  almond('POST', /^\/devices\/configure\/[^/]+$/, {}),
  almond('GET', /^\/icons\/[^/]+$/, {}),
  oauth('POST', /^\/me\/api\/oauth2\/token$/, { 200: AlmondOAuthTokenResponse }),
  oauth('POST', /^\/me\/api\/oauth2\/revoke$/, { 200: AlmondOAuthRevokeResponse }),
];

const validators = new Map<TSchema, ReturnType<typeof Compile>>();
const validator = (schema: TSchema) => validators.get(schema) ?? validators.set(schema, Compile(schema)).get(schema)!;

/** The schema a route declares for `status`, if the route is listed (trailing and repeated slashes ignored). */
export function declaredSchema(method: string, url: string, status: number): TSchema | undefined {
  const path = new URL(url).pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  const route = routes.find((candidate) => candidate.method === method.toUpperCase() && candidate.path.test(path));
  if (route === undefined) return undefined;
  return route.answers[status] ?? (status >= 400 ? route.failure : undefined);
}

/** Throws when `message`, received on a WebSocket whose messages `schema` describes, does not match it. */
export function checkMessage(schema: TSchema, message: unknown): void {
  const check = validator(schema);
  if (check.Check(message)) return;
  const problems = [...check.Errors(message)].slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message}`);
  throw new Error(`a WebSocket message its schema refuses: ${JSON.stringify(message).slice(0, 300)}: ${problems.join('; ')}`);
}

/** Throws when `json`, the answer of `method url` with `status`, does not match the schema its route declares. */
export function checkResponse(method: string, url: string, status: number, json: unknown): void {
  if (json === undefined) return;
  const schema = declaredSchema(method, url, status);
  if (schema === undefined) return;
  const check = validator(schema);
  if (check.Check(json)) return;
  const problems = [...check.Errors(json)].slice(0, 5).map((error) => `${error.instancePath || '/'} ${error.message}`);
  throw new Error(`${method} ${url} answered ${status} with a body its schema refuses: ${problems.join('; ')}`);
}
