import { describe, expect, it } from 'vitest';
import { canonicalScope, parseScopes } from './scopes.js';

describe('scopes', () => {
  it('accepts the seed spelling user-exec-commands as user-exec-command', () => {
    expect(canonicalScope('user-exec-commands')).toBe('user-exec-command');
    expect(parseScopes('profile  user-exec-commands user-exec-command')).toEqual(['profile', 'user-exec-command']);
  });

  it('rejects unknown scopes', () => {
    expect(parseScopes('profile admin')).toBeUndefined();
    expect(canonicalScope('toString')).toBeUndefined();
  });
});
