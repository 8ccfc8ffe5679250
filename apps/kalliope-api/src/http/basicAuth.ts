import { hash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}

/** The SHA-256 of a request's `Authorization` header: what is remembered of credentials, never the secret itself. */
export function credentialDigest(header: string | undefined): Buffer {
  return digest(header ?? '');
}

/** Headers remembered as verified for the configured credentials (oldest forgotten first). */
const REMEMBERED_HEADERS = 64;

/** Checks `Authorization: Basic …` headers against the configured login and password (they change on reload). */
export interface BasicAuthChecker {
  /**
   * Whether the header (with `credentials`, its {@link credentialDigest}) carries the configured login and
   * password. Compared in constant time (equal-length digests of login and password); a header that passed is
   * remembered by its digest, so a client repeating it costs a map lookup, not a decode and two more digests.
   */
  check(header: string | undefined, credentials: Buffer, login: string, password: string): boolean;
}

export function createBasicAuthChecker(): BasicAuthChecker {
  /** The digests of the configured login and password, computed once per credential; what passed with them. */
  let configured: { login: string; password: string; loginDigest: Buffer; passwordDigest: Buffer; verified: Set<string> } | undefined;
  const configuredFor = (login: string, password: string) => {
    if (configured?.login !== login || configured.password !== password) {
      configured = { login, password, loginDigest: digest(login), passwordDigest: digest(password), verified: new Set() };
    }
    return configured;
  };
  return {
    check(header, credentials, login, password) {
      const expected = configuredFor(login, password);
      const key = credentials.toString('base64');
      if (expected.verified.has(key)) return true;
      const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
      if (!match?.[1]) return false;
      const decoded = Buffer.from(match[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return false;
      const loginOk = timingSafeEqual(digest(decoded.slice(0, colon)), expected.loginDigest);
      const passwordOk = timingSafeEqual(digest(decoded.slice(colon + 1)), expected.passwordDigest);
      if (!loginOk || !passwordOk) return false;
      expected.verified.add(key);
      if (expected.verified.size > REMEMBERED_HEADERS) expected.verified.delete(expected.verified.values().next().value as string);
      return true;
    },
  };
}
