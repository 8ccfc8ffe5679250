import { describe, expect, it } from 'vitest';
import { readEnvConfig } from './env-config.js';

describe('readEnvConfig rate limits', () => {
  it('leaves the settings values in place when the variables are unset', () => {
    expect(readEnvConfig({}).rateLimits).toEqual({});
  });

  it('reads KALLIOPE_RATE_LIMIT_PER_MINUTE and KALLIOPE_FAILED_LOGINS_PER_MINUTE, 0 included', () => {
    const config = readEnvConfig({ KALLIOPE_RATE_LIMIT_PER_MINUTE: '0', KALLIOPE_FAILED_LOGINS_PER_MINUTE: '5' });
    expect(config.rateLimits).toEqual({ synapseStartsPerMinute: 0, failedLoginsPerMinute: 5 });
  });

  it('refuses a value that is not a whole number', () => {
    expect(() => readEnvConfig({ KALLIOPE_RATE_LIMIT_PER_MINUTE: 'many' })).toThrow(/KALLIOPE_RATE_LIMIT_PER_MINUTE/);
    expect(() => readEnvConfig({ KALLIOPE_FAILED_LOGINS_PER_MINUTE: '-1' })).toThrow(/KALLIOPE_FAILED_LOGINS_PER_MINUTE/);
  });
});
