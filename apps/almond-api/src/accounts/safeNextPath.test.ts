import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNextPath.js';

describe('safeNextPath', () => {
  it('keeps paths of this server', () => {
    expect(safeNextPath('/apps')).toBe('/apps');
    expect(safeNextPath('/me/api/oauth2/authorize?client_id=a&scope=b%20c#x')).toBe('/me/api/oauth2/authorize?client_id=a&scope=b%20c#x');
    expect(safeNextPath('/a/../apps')).toBe('/apps');
  });

  it('refuses whatever a browser would read as another origin, and control characters', () => {
    for (const next of ['/\t/evil.com', '/\n/evil.com', '/\r\nSet-Cookie: a=b', '/\u0000', '//evil.com', '/\\evil.com', '/.//evil.com', '/%2e//evil.com',
      'https://evil.com', 'javascript:alert(1)', ' /apps', '', undefined, ['/apps', '/x'], 42]) {
      expect([next, safeNextPath(next)]).toEqual([next, '/']);
    }
  });
});
