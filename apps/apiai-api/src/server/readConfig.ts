// The operator contract (docs/operations.md): the app is configured by environment variables only.
import { DEFAULT_APIAI_DIALOG_CONFIG } from '@parley/dialog-engine';
import { envValue, readServerEnv, type ServerEnv } from '@parley/server-kit';
import type { UnzipLimits } from '@parley/apiai-agent/model';
import { defaultZipMaxBytes } from '../routes/agentZipRoutes.js';
import { fraction, nonNegativeInteger, positiveInteger } from './envNumbers.js';
import { readUnzipLimits } from './readImportConfig.js';

export interface ServerConfig extends ServerEnv {
  developerToken: string | undefined;
  clientToken: string | undefined;
  agentZip: string | undefined;
  webhookUrl: string | undefined;
  webhookTimeoutMs: number;
  contextLifespan: number;
  contextTimeToLiveMs: number;
  /** Overrides every agent's calibrated classifier threshold; unset: each agent's own. */
  classifierThreshold: number | undefined;
  /** Requests per minute per client token (or IP) on the client-token routes; 0 disables the limit. */
  rateLimitPerMinute: number;
  /** Most contexts one request may set; most a session may hold once a client's contexts are set. */
  maxContextsPerRequest: number;
  maxContextsPerSession: number;
  /** Largest agent zip upload; most bytes and entries a zip may unpack to. */
  zipMaxBytes: number;
  unzipLimits: UnzipLimits;
}

/** Client requests per minute per token when APIAI_RATE_LIMIT_PER_MINUTE is unset: 10 a second, far above one conversation. */
const defaultClientRequestsPerMinute = 600;

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const developerToken = envValue(env, 'APIAI_DEVELOPER_TOKEN');
  const clientToken = envValue(env, 'APIAI_CLIENT_TOKEN');
  if ((developerToken === undefined) !== (clientToken === undefined)) {
    throw new Error('Set both APIAI_DEVELOPER_TOKEN and APIAI_CLIENT_TOKEN, or neither');
  }
  if (developerToken !== undefined && developerToken === clientToken) {
    throw new Error('APIAI_DEVELOPER_TOKEN and APIAI_CLIENT_TOKEN must differ');
  }
  return {
    ...readServerEnv(env, { app: 'apiai-api', port: 3200 }),
    developerToken,
    clientToken,
    agentZip: envValue(env, 'APIAI_AGENT_ZIP'),
    webhookUrl: envValue(env, 'APIAI_WEBHOOK_URL'),
    webhookTimeoutMs: positiveInteger(env, 'APIAI_WEBHOOK_TIMEOUT_MS', 5000),
    contextLifespan: positiveInteger(env, 'APIAI_CONTEXT_LIFESPAN', 5),
    contextTimeToLiveMs: positiveInteger(env, 'APIAI_CONTEXT_TTL_SECONDS', 600) * 1000,
    classifierThreshold: fraction(env, 'APIAI_CLASSIFIER_THRESHOLD'),
    rateLimitPerMinute: nonNegativeInteger(env, 'APIAI_RATE_LIMIT_PER_MINUTE', defaultClientRequestsPerMinute),
    maxContextsPerRequest: positiveInteger(env, 'APIAI_MAX_CONTEXTS_PER_REQUEST', DEFAULT_APIAI_DIALOG_CONFIG.maxContextsPerRequest),
    maxContextsPerSession: positiveInteger(env, 'APIAI_MAX_CONTEXTS_PER_SESSION', DEFAULT_APIAI_DIALOG_CONFIG.maxContextsPerSession),
    zipMaxBytes: positiveInteger(env, 'APIAI_ZIP_MAX_BYTES', defaultZipMaxBytes),
    unzipLimits: readUnzipLimits(env),
  };
}
