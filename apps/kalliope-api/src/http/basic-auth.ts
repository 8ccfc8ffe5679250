import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Checks an `Authorization: Basic …` header in constant time (equal-length digests of login and password). */
export function checkBasicAuth(header: string | undefined, login: string, password: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const loginOk = timingSafeEqual(digest(decoded.slice(0, colon)), digest(login));
  const passwordOk = timingSafeEqual(digest(decoded.slice(colon + 1)), digest(password));
  return loginOk && passwordOk;
}
