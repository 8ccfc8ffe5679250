import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** The digests of the configured login and password, computed once per credential (they change only on reload). */
let configured: { login: string; password: string; loginDigest: Buffer; passwordDigest: Buffer } | undefined;

function configuredDigests(login: string, password: string) {
  if (configured?.login !== login || configured.password !== password) {
    configured = { login, password, loginDigest: digest(login), passwordDigest: digest(password) };
  }
  return configured;
}

/** Checks an `Authorization: Basic …` header in constant time (equal-length digests of login and password). */
export function checkBasicAuth(header: string | undefined, login: string, password: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const expected = configuredDigests(login, password);
  const loginOk = timingSafeEqual(digest(decoded.slice(0, colon)), expected.loginDigest);
  const passwordOk = timingSafeEqual(digest(decoded.slice(colon + 1)), expected.passwordDigest);
  return loginOk && passwordOk;
}
