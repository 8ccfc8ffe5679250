import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../http/rateLimits.js';
import { DEFAULT_PROGRAM_LIMITS } from '../programs/programLimits.js';
import { readConfig } from './readConfig.js';

describe('readConfig', () => {
  it('has the operator defaults', () => {
    expect(readConfig({})).toEqual({
      port: 3100, host: '127.0.0.1', databaseUrl: undefined, dataDir: './.data/almond-api', logLevel: 'info', secureCookies: false, demoUser: true,
      rateLimits: DEFAULT_RATE_LIMITS, programLimits: DEFAULT_PROGRAM_LIMITS, publicUrl: undefined, secretKey: undefined,
    });
  });

  it('reads the environment and rejects bad ports', () => {
    expect(readConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgres://x', DATA_DIR: '/tmp/a', ALMOND_DEMO_USER: '0' })).toMatchObject({
      port: 8080, host: '0.0.0.0', databaseUrl: 'postgres://x', dataDir: '/tmp/a', demoUser: false,
    });
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(readConfig({ ALMOND_SECRET_KEY: ' 00ff \n' }).secretKey).toBe('00ff');
    expect(readConfig({ ALMOND_RATE_LIMIT: 'off' }).rateLimits).toBeUndefined();
    expect(readConfig({ ALMOND_RATE_LIMIT_LOGIN: '3' }).rateLimits).toEqual({ ...DEFAULT_RATE_LIMITS, login: 3 });
    expect(() => readConfig({ ALMOND_RATE_LIMIT_TOKEN: 'many' })).toThrow(/ALMOND_RATE_LIMIT_TOKEN/);
    expect(readConfig({ ALMOND_LIMIT_MIN_TIMER_INTERVAL_MS: '5000', ALMOND_LIMIT_APPS_PER_USER: '3' }).programLimits).toEqual({
      ...DEFAULT_PROGRAM_LIMITS, minTimerIntervalMs: 5000, appsPerUser: 3,
    });
    expect(() => readConfig({ ALMOND_LIMIT_ROWS_PER_QUERY: '0' })).toThrow(/ALMOND_LIMIT_ROWS_PER_QUERY/);
    expect(readConfig({ ALMOND_PUBLIC_URL: 'https://almond.example.com/' }).publicUrl).toBe('https://almond.example.com');
    expect(() => readConfig({ ALMOND_PUBLIC_URL: 'ftp://x' })).toThrow(/ALMOND_PUBLIC_URL/);
  });
});
