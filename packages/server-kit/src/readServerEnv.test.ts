import { describe, expect, it } from 'vitest';
import { envValue, readServerEnv } from './readServerEnv.js';

describe('readServerEnv', () => {
  it('applies the operator contract defaults, blank values counting as unset', () => {
    expect(readServerEnv({ HOST: '  ', DATABASE_URL: '' }, { app: 'demo-api', port: 4100 })).toEqual({
      port: 4100,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './.data/demo-api',
      logLevel: 'info',
    });
  });

  it('reads every variable, trimmed', () => {
    const env = { PORT: ' 0 ', HOST: '::1', DATABASE_URL: 'postgres://h/d ', DATA_DIR: '/srv/x', LOG_LEVEL: 'debug' };
    expect(readServerEnv(env, { app: 'demo-api', port: 4100 })).toEqual({
      port: 0,
      host: '::1',
      databaseUrl: 'postgres://h/d',
      dataDir: '/srv/x',
      logLevel: 'debug',
    });
  });

  it('refuses a PORT that is not a port number', () => {
    for (const PORT of ['eighty', '70000', '-1', '80.5']) {
      expect(() => readServerEnv({ PORT }, { app: 'demo-api', port: 4100 })).toThrow(`PORT must be a port number (got "${PORT}")`);
    }
  });

  it('reads one variable as undefined when blank', () => {
    expect(envValue({ A: ' x ', B: ' ' }, 'A')).toBe('x');
    expect(envValue({ B: ' ' }, 'B')).toBeUndefined();
  });
});
