import { Schemas } from '@parley/thingtalk';
import { describe, expect, it } from 'vitest';
import { oauthDeviceConfig } from './oauthDeviceConfig.js';

const classOf = (config: string) => {
  const classDef = Schemas.fromText(`class @org.example.k {
  import loader from @org.thingpedia.v2();
  import config from ${config};
  query q(out v: String) #_[canonical="q"];
}`).getClass('org.example.k');
  if (classDef === undefined) throw new Error('class not parsed');
  return classDef;
};

describe('oauthDeviceConfig', () => {
  it('reads the oauth2 mixin, scope as text or array', () => {
    expect(oauthDeviceConfig(classOf('@org.thingpedia.config.oauth2(client_id="id", client_secret="s", authorize="https://p.example/a", get_access_token="https://p.example/t", scope="read write")'))).toEqual({
      clientId: 'id', clientSecret: 's', authorizeUrl: 'https://p.example/a', tokenUrl: 'https://p.example/t', scope: ['read', 'write'],
    });
  });

  it('is undefined for other mixins and throws when a parameter is missing', () => {
    expect(oauthDeviceConfig(classOf('@org.thingpedia.config.none()'))).toBeUndefined();
    expect(() => oauthDeviceConfig(classOf('@org.thingpedia.config.oauth2(client_id="id", client_secret="s", authorize="https://p.example/a")'))).toThrow(/get_access_token/);
  });
});
