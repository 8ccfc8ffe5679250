// The token request of a device's OAuth flow (RFC 6749 §4.1.3, client credentials in the body as Thingpedia's
// OAuth devices expect): the tokens to keep in the device's configuration, undefined when refused.
import type { DeviceConfig } from '../deviceStore.js';
import type { OAuthDeviceConfig } from './oauthDeviceConfig.js';

export async function exchangeDeviceCode(provider: OAuthDeviceConfig, code: string, redirectUri: string): Promise<DeviceConfig | undefined> {
  const response = await fetch(provider.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: provider.clientId,
      client_secret: provider.clientSecret,
    }),
  });
  if (!response.ok) return undefined;
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null) return undefined;
  const { access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = body as Record<string, unknown>;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  return {
    accessToken,
    ...(typeof refreshToken === 'string' ? { refreshToken } : {}),
    ...(typeof expiresIn === 'number' ? { accessTokenExpiresAt: Date.now() + expiresIn * 1000 } : {}),
  };
}
