// The `state` of a device's OAuth flow, tied to the browser session that started it: issue time, a nonce and an
// HMAC-SHA256 of both and the kind keyed by the session's secret CSRF token. Valid 10 minutes, in that session only.
import { createHmac, randomBytes } from 'node:crypto';
import type { WebSession } from '../../accounts/sessionStore.js';
import { safeEqual } from '../../security/secrets.js';

const STATE_LIFETIME_MS = 10 * 60 * 1000;

const mac = (session: WebSession, kind: string, issuedAt: string, nonce: string): string =>
  createHmac('sha256', session.csrfToken).update(`${kind}\n${issuedAt}\n${nonce}`).digest('base64url');

export function deviceOAuthState(session: WebSession, kind: string, now = Date.now()): string {
  const issuedAt = String(now);
  const nonce = randomBytes(16).toString('base64url');
  return `${issuedAt}.${nonce}.${mac(session, kind, issuedAt, nonce)}`;
}

export function checkDeviceOAuthState(state: unknown, session: WebSession, kind: string, now = Date.now()): boolean {
  if (typeof state !== 'string') return false;
  const [issuedAt, nonce, signature, ...rest] = state.split('.');
  if (issuedAt === undefined || nonce === undefined || signature === undefined || rest.length > 0) return false;
  const age = now - Number(issuedAt);
  return age >= 0 && age <= STATE_LIFETIME_MS && safeEqual(signature, mac(session, kind, issuedAt, nonce));
}
