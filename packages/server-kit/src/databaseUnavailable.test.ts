import { describe, expect, it } from 'vitest';
import { databaseUnavailableReason, isDatabaseUnavailable } from './databaseUnavailable.js';

const coded = (code: string) => Object.assign(new Error(code), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises refused and cut connections, directly or as the cause of a query error', () => {
    expect(isDatabaseUnavailable(coded('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: coded('57P01') }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: coded('CONNECTION_CLOSED') }))).toBe(true);
    expect(isDatabaseUnavailable(coded('08006'))).toBe(true);
  });

  it('counts a lock not granted within lock_timeout (55P03, another instance busy with the same key) as retry-later', () => {
    const timedOut = new Error('Failed query: select pg_advisory_xact_lock', { cause: coded('55P03') });
    expect(isDatabaseUnavailable(timedOut)).toBe(true);
    expect(databaseUnavailableReason(timedOut)).toBe('busy');
    expect(databaseUnavailableReason(coded('57P01'))).toBe('unreachable');
    expect(databaseUnavailableReason(coded('23505'))).toBeUndefined();
  });

  it('leaves other failures alone', () => {
    expect(isDatabaseUnavailable(coded('23505'))).toBe(false); // unique violation
    expect(isDatabaseUnavailable(new Error('bug'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    const loop: Error & { cause?: unknown } = new Error('loop');
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
