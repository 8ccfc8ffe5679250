// Starts apiai-api instances sharing one agent (APIAI_DEVELOPER_TOKEN/APIAI_CLIENT_TOKEN) and speaks its v1 API.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, type HttpAnswer, type HttpRequest } from './http.js';
import { spawnApp, type SpawnedApp } from './spawnApp.js';

export const developerToken = 'e2e-developer-token-0123456789ab';
export const clientToken = 'e2e-client-token-0123456789abcdef';

export const developerHeaders = { authorization: `Bearer ${developerToken}` };
export const clientHeaders = { authorization: `Bearer ${clientToken}` };

/** An apiai-api process on `databaseUrl` (or on PGlite in a fresh DATA_DIR when undefined). */
export function spawnApiai(databaseUrl: string | undefined, env: Record<string, string> = {}): Promise<SpawnedApp> {
  return spawnApp('apiai-api', {
    env: {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'e2e-apiai-')),
      APIAI_DEVELOPER_TOKEN: developerToken,
      APIAI_CLIENT_TOKEN: clientToken,
      ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
      ...env,
    },
  });
}

/** A v1 call with the developer token (`?v=20150910` added). */
export function developer(base: string, path: string, request: HttpRequest = {}): Promise<HttpAnswer> {
  return http(versioned(base, path), { ...request, headers: { ...developerHeaders, ...request.headers } });
}

/** A v1 call with the client token (`?v=20150910` added). */
export function client(base: string, path: string, request: HttpRequest = {}): Promise<HttpAnswer> {
  return http(versioned(base, path), { ...request, headers: { ...clientHeaders, ...request.headers } });
}

function versioned(base: string, path: string): string {
  return `${base}${path}${path.includes('?') ? '&' : '?'}v=20150910`;
}

/** A developer entity and an intent using it: "I want @fruit" → action `want_fruit` with parameter `fruit`. */
export async function createFruitAgent(base: string): Promise<void> {
  const entity = await developer(base, '/v1/entities', {
    body: { name: 'fruit', entries: [{ value: 'apple', synonyms: ['apple', 'apples'] }, { value: 'pear', synonyms: ['pear'] }] },
  });
  if (entity.status !== 200) throw new Error(`entity: ${entity.status} ${entity.text}`);
  const intent = await developer(base, '/v1/intents', {
    body: {
      name: 'want fruit',
      templates: ['I want @fruit:fruit', 'give me @fruit:fruit'],
      responses: [{ action: 'want_fruit', parameters: [{ name: 'fruit', value: '$fruit', dataType: '@fruit' }] }],
    },
  });
  if (intent.status !== 200) throw new Error(`intent: ${intent.status} ${intent.text}`);
}
