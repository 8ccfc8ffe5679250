// Access tokens: 32 hex characters like api.ai's, stored only as SHA-256 digests (high-entropy tokens need no
// slow hash) and compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const generateToken = (): string => randomBytes(16).toString('hex');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time comparison of two hex digests. */
export function digestsEqual(left: string, right: string): boolean {
  const a = Buffer.from(left, 'hex');
  const b = Buffer.from(right, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
