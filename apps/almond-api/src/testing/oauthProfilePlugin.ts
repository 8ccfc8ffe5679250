// Test support: a device kind configured through OAuth at a fixture provider; its query reads the provider's
// user info with the device's access token.
import { defineDevice, type DevicePlugin } from '@parley/thingtalk/runtime';
import type { CatalogPlugin } from '../thingpedia/catalog.js';
import type { FixtureOAuthProvider } from './fixtureOAuthProvider.js';

export const OAUTH_PROFILE_KIND = 'org.example.oauthprofile';

export function oauthProfilePlugin(provider: FixtureOAuthProvider): CatalogPlugin {
  const plugin: DevicePlugin<{ accessToken?: unknown; uniqueId?: string }> = {
    kind: OAUTH_PROFILE_KIND,
    classSource: `class @${OAUTH_PROFILE_KIND} {
  import loader from @org.thingpedia.v2();
  import config from @org.thingpedia.config.oauth2(client_id="${provider.clientId}", client_secret="${provider.clientSecret}",
    authorize="${provider.url}/authorize", get_access_token="${provider.url}/token", scope=["profile", "email"]);
  query profile(out name: String)
  #_[canonical="my profile"]
  #_[confirmation="your profile"]
  #_[formatted=["You are \${name}."]];
}`,
    datasetSource: `dataset @${OAUTH_PROFILE_KIND} language "en" {
  query := @${OAUTH_PROFILE_KIND}.profile()
  #_[utterances=["my profile"]];
}`,
    create: (options) =>
      defineDevice({
        kind: OAUTH_PROFILE_KIND,
        uniqueId: options.uniqueId ?? OAUTH_PROFILE_KIND,
        name: 'Profile',
        description: 'Your profile at the fixture provider',
        queries: {
          profile: async () => {
            const response = await fetch(`${provider.url}/userinfo`, { headers: { authorization: `Bearer ${String(options.accessToken)}` } });
            if (!response.ok) throw new Error(`userinfo answered ${response.status}`);
            const info = (await response.json()) as { name?: unknown };
            return [{ name: String(info.name) }];
          },
        },
      }),
  };
  return { plugin: plugin as unknown as DevicePlugin<never>, info: { name: 'Profile', description: 'Your profile at the fixture provider', category: 'service' } };
}
