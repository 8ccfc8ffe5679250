import { describe, expect, it } from 'vitest';
import { createBasicAuthChecker, credentialDigest } from './basicAuth.js';

const header = (login: string, password: string, scheme = 'Basic ') => `${scheme}${Buffer.from(`${login}:${password}`).toString('base64')}`;
const check = (checker: ReturnType<typeof createBasicAuthChecker>, value: string | undefined, login = 'admin', password = 'secret') =>
  checker.check(value, credentialDigest(value), login, password);

describe('basic auth', () => {
  it('accepts the configured credentials, however the header spells the scheme, and nothing else', () => {
    const checker = createBasicAuthChecker();
    expect(check(checker, header('admin', 'secret'))).toBe(true);
    expect(check(checker, header('admin', 'secret'))).toBe(true); // remembered
    expect(check(checker, header('admin', 'secret', 'basic   '))).toBe(true);
    expect(check(checker, header('admin', 'Secret'))).toBe(false);
    expect(check(checker, header('Admin', 'secret'))).toBe(false);
    expect(check(checker, header('admin', 'secret:'))).toBe(false);
    expect(check(checker, `Bearer ${Buffer.from('admin:secret').toString('base64')}`)).toBe(false);
    expect(check(checker, `Basic ${Buffer.from('admin').toString('base64')}`)).toBe(false);
    expect(check(checker, undefined)).toBe(false);
  });

  it('forgets the headers that passed once the configured credentials change (a reload)', () => {
    const checker = createBasicAuthChecker();
    const old = header('admin', 'secret');
    expect(check(checker, old)).toBe(true);
    expect(check(checker, old, 'admin', 'new-secret')).toBe(false);
    expect(check(checker, header('admin', 'new-secret'), 'admin', 'new-secret')).toBe(true);
    expect(check(checker, old, 'admin', 'new-secret')).toBe(false);
  });
});
