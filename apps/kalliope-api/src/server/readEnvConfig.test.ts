import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnvConfig } from './readEnvConfig.js';
import { withApiCredentials } from '../settings/apiCredentials.js';
import { loadSettings } from '../settings/loadSettings.js';

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

describe('readEnvConfig demo settings', () => {
  it('protect the REST API with basic auth (issue #20 item 7: the demo API used to be open to anyone)', () => {
    const config = readEnvConfig({});
    expect(config.demo).toBe(true);
    expect(config.settingsFile).toBeDefined();
    const settings = loadSettings(config.settingsFile ?? '');
    expect(settings.restApi.passwordProtected).toBe(true);
    expect(withApiCredentials(settings, {}).generated?.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

describe('readEnvConfig kit root', () => {
  it('takes brain.yml and settings.yml from KALLIOPE_HOME and looks paths up there, then in KALLIOPE_SYSTEM_FOLDER', async () => {
    const home = await mkdtemp(join(tmpdir(), 'kit-'));
    try {
      await writeFile(join(home, 'settings.yml'), '{}\n');
      const config = readEnvConfig({ KALLIOPE_HOME: home, KALLIOPE_SYSTEM_FOLDER: '/opt/kalliope' });
      expect(config).toMatchObject({ brainFile: join(home, 'brain.yml'), settingsFile: join(home, 'settings.yml'), demo: false });
      expect(config.kit).toEqual({ root: home, systemFolder: '/opt/kalliope' });
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('defaults the kit root to the brain file folder and the system folder to /etc/kalliope', () => {
    const config = readEnvConfig({ KALLIOPE_BRAIN: '/srv/kit/brain.yml' });
    expect(config.kit).toEqual({ root: '/srv/kit', systemFolder: '/etc/kalliope' });
    expect(config.settingsFile).toBeUndefined();
  });
});
