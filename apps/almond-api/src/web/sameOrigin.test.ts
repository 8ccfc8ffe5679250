import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './sameOrigin.js';

describe('isSameOrigin', () => {
  it('accepts the origin of the host the request went to', () => {
    expect(isSameOrigin('http://127.0.0.1:3100', '127.0.0.1:3100')).toBe(true);
    expect(isSameOrigin('https://Almond.Example', 'almond.example')).toBe(true);
  });

  it('refuses other sites, other ports, a missing origin or a malformed one', () => {
    expect(isSameOrigin('http://evil.example', '127.0.0.1:3100')).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:3101', '127.0.0.1:3100')).toBe(false);
    expect(isSameOrigin(undefined, '127.0.0.1:3100')).toBe(false);
    expect(isSameOrigin('null', '127.0.0.1:3100')).toBe(false);
  });
});
