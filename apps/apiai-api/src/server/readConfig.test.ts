import { describe, expect, it } from 'vitest';
import { readConfig } from './readConfig.js';

describe('readConfig', () => {
  it('applies the operator contract defaults', () => {
    expect(readConfig({})).toMatchObject({
      port: 3200,
      host: '127.0.0.1',
      dataDir: './.data/apiai-api',
      logLevel: 'info',
      databaseUrl: undefined,
      contextLifespan: 5,
      contextTimeToLiveMs: 600_000,
      webhookTimeoutMs: 5000,
      classifierThreshold: undefined,
      rateLimitPerMinute: 600,
      maxContextsPerRequest: 30,
      maxContextsPerSession: 100,
      zipMaxBytes: 50 * 1024 * 1024,
      unzipLimits: { maxUnpackedBytes: 64 * 1024 * 1024, maxEntries: 10_000 },
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '4000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@h/db',
      DATA_DIR: '/tmp/x',
      LOG_LEVEL: 'debug',
      APIAI_DEVELOPER_TOKEN: 'dev',
      APIAI_CLIENT_TOKEN: 'client',
      APIAI_AGENT_ZIP: 'agent.zip',
      APIAI_CONTEXT_LIFESPAN: '3',
      APIAI_RATE_LIMIT_PER_MINUTE: '0',
      APIAI_MAX_CONTEXTS_PER_REQUEST: '5',
      APIAI_MAX_CONTEXTS_PER_SESSION: '7',
      APIAI_CLASSIFIER_THRESHOLD: '0.3',
      APIAI_ZIP_MAX_BYTES: '1000',
      APIAI_ZIP_MAX_UNPACKED_BYTES: '2000',
      APIAI_ZIP_MAX_ENTRIES: '3',
    });
    expect(config).toMatchObject({ port: 4000, host: '0.0.0.0', developerToken: 'dev', clientToken: 'client', agentZip: 'agent.zip', contextLifespan: 3, rateLimitPerMinute: 0, classifierThreshold: 0.3 });
    expect(config).toMatchObject({ maxContextsPerRequest: 5, maxContextsPerSession: 7, zipMaxBytes: 1000, unzipLimits: { maxUnpackedBytes: 2000, maxEntries: 3 } });
  });

  it('refuses half a token pair and bad numbers', () => {
    expect(() => readConfig({ APIAI_DEVELOPER_TOKEN: 'dev' })).toThrow(/both/);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ APIAI_CONTEXT_LIFESPAN: '-1' })).toThrow(/APIAI_CONTEXT_LIFESPAN/);
    expect(() => readConfig({ APIAI_CLASSIFIER_THRESHOLD: '2' })).toThrow(/APIAI_CLASSIFIER_THRESHOLD/);
  });
});
