import { AlmondMessage, AlmondOAuthError, ApiaiQueryResponse, ApiaiStatusResponse, KalliopeError } from '@parley/protocol-types';
import { describe, expect, it } from 'vitest';
import { checkMessage, checkResponse, declaredSchema } from './responseContract.js';

const status = { code: 200, errorType: 'success' };

describe('the response contract of the e2e HTTP client', () => {
  it('finds the schema of a route by method, path and status', () => {
    expect(declaredSchema('POST', 'http://h/v1/query?v=20150910', 206)).toBe(ApiaiQueryResponse);
    expect(declaredSchema('GET', 'http://h/v1/intents/x', 404)).toBe(ApiaiStatusResponse);
    expect(declaredSchema('POST', 'http://h/synapses/start/order', 400)).toBe(KalliopeError);
    expect(declaredSchema('GET', 'http://h/healthz', 200)).toBeUndefined();
    expect(declaredSchema('POST', 'http://h/me/api/oauth2/token', 400)).toBe(AlmondOAuthError);
  });

  it('accepts bodies of the declared shape and refuses others', () => {
    expect(() => checkResponse('POST', 'http://h/v1/contexts', 200, { names: ['a'], status })).not.toThrow();
    expect(() => checkResponse('POST', 'http://h/v1/contexts', 200, { names: 'a', status })).toThrow(/schema refuses: \/names/);
    expect(() => checkResponse('GET', 'http://h/mute', 400, { error: ['x'] })).toThrow(/GET http:\/\/h\/mute answered 400/);
    expect(() => checkResponse('GET', 'http://h/mute', 401, undefined)).not.toThrow();
  });

  it('checks WebSocket messages against their schema', () => {
    expect(() => checkMessage(AlmondMessage, { type: 'text', text: 'hi', icon: null })).not.toThrow();
    expect(() => checkMessage(AlmondMessage, { type: 'text', text: 7 })).toThrow(/schema refuses/);
  });
});
