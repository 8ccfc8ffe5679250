import { describe, expect, it } from 'vitest';
import { readExternalLoginConfig } from './externalLoginConfig.js';

const FULL = {
  ALMOND_EXTERNAL_OAUTH_NAME: 'Example ID',
  ALMOND_EXTERNAL_OAUTH_AUTHORIZE_URL: 'https://id.example/authorize',
  ALMOND_EXTERNAL_OAUTH_TOKEN_URL: 'https://id.example/token',
  ALMOND_EXTERNAL_OAUTH_USERINFO_URL: 'https://id.example/userinfo',
  ALMOND_EXTERNAL_OAUTH_CLIENT_ID: 'almond',
  ALMOND_EXTERNAL_OAUTH_CLIENT_SECRET: 'secret',
};

describe('readExternalLoginConfig', () => {
  it('is off when no variable is set', () => {
    expect(readExternalLoginConfig({})).toBeUndefined();
  });

  it('reads a full set, scopes split on spaces', () => {
    expect(readExternalLoginConfig({ ...FULL, ALMOND_EXTERNAL_OAUTH_SCOPE: 'openid  profile' })).toEqual({
      name: 'Example ID', authorizeUrl: 'https://id.example/authorize', tokenUrl: 'https://id.example/token',
      userInfoUrl: 'https://id.example/userinfo', clientId: 'almond', clientSecret: 'secret', scope: ['openid', 'profile'],
    });
  });

  it('refuses a partial set and relative URLs', () => {
    expect(() => readExternalLoginConfig({ ALMOND_EXTERNAL_OAUTH_NAME: 'x' })).toThrow(/ALMOND_EXTERNAL_OAUTH_CLIENT_ID/);
    expect(() => readExternalLoginConfig({ ...FULL, ALMOND_EXTERNAL_OAUTH_TOKEN_URL: '/token' })).toThrow(/absolute URL/);
  });
});
