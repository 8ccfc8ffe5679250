import { describe, expect, it } from 'vitest';
import { checkDeviceOAuthState, deviceOAuthState } from './deviceOAuthState.js';

const session = { userId: 'u1', csrfToken: 'csrf-one' };

describe('deviceOAuthState', () => {
  it('is accepted for the same session and kind within 10 minutes', () => {
    const state = deviceOAuthState(session, 'org.example.kind', 1_000);
    expect(checkDeviceOAuthState(state, session, 'org.example.kind', 1_000 + 10 * 60 * 1000)).toBe(true);
  });

  it('is refused for another session, another kind, when late or altered', () => {
    const state = deviceOAuthState(session, 'org.example.kind', 1_000);
    expect(checkDeviceOAuthState(state, { userId: 'u1', csrfToken: 'csrf-two' }, 'org.example.kind', 1_000)).toBe(false);
    expect(checkDeviceOAuthState(state, session, 'org.example.other', 1_000)).toBe(false);
    expect(checkDeviceOAuthState(state, session, 'org.example.kind', 1_001 + 10 * 60 * 1000)).toBe(false);
    expect(checkDeviceOAuthState(`2${state}`, session, 'org.example.kind', 1_000)).toBe(false);
    expect(checkDeviceOAuthState(undefined, session, 'org.example.kind', 1_000)).toBe(false);
  });
});
