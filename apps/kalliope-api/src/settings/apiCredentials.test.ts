import { describe, expect, it } from 'vitest';
import { withApiCredentials } from './apiCredentials.js';
import { DEFAULT_SETTINGS } from './settings.js';

describe('withApiCredentials', () => {
  it('protects the default settings with generated credentials, new at every start', () => {
    const first = withApiCredentials(DEFAULT_SETTINGS, {});
    const second = withApiCredentials(DEFAULT_SETTINGS, {});
    expect(first.settings.restApi).toMatchObject({ passwordProtected: true, login: 'kalliope' });
    expect(first.generated?.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(first.settings.restApi.password).toBe(first.generated?.password);
    expect(second.generated?.password).not.toBe(first.generated?.password);
  });

  it('takes KALLIOPE_API_LOGIN/KALLIOPE_API_PASSWORD, and never overrides credentials the settings give', () => {
    expect(withApiCredentials(DEFAULT_SETTINGS, { login: 'me', password: 'pw' })).toEqual({
      settings: { ...DEFAULT_SETTINGS, restApi: { ...DEFAULT_SETTINGS.restApi, login: 'me', password: 'pw' } },
    });
    const given = { ...DEFAULT_SETTINGS, restApi: { ...DEFAULT_SETTINGS.restApi, login: 'admin', password: 'secret' } };
    expect(withApiCredentials(given, { login: 'me', password: 'pw' })).toEqual({ settings: given });
  });

  it('leaves an unprotected API alone', () => {
    const open = { ...DEFAULT_SETTINGS, restApi: { ...DEFAULT_SETTINGS.restApi, passwordProtected: false } };
    expect(withApiCredentials(open, {})).toEqual({ settings: open });
  });
});
