// Tells a failure caused by the database being out of reach (stopped, restarting, failing over, network cut) from
// a bug, so that each app can answer 503 "try again" in its own error shape instead of a generic 500.

/** Socket errors of Node and postgres.js's own connection errors. */
const connectionCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT',
]);

/** SQLSTATEs: class 08 (connection exception), 57P01–57P03 (server shutting down, crashed, starting up). */
const unreachableStates = /^(08[0-9A-Z]{3}|57P0[123])$/;

/** lock_not_available: a lock another instance holds (its change of the same key) was not granted within `lock_timeout`. */
const busyState = '55P03';

/**
 * Why `error`, or an error it was caused by (drizzle wraps the driver's), says the database cannot serve now:
 * `unreachable` (stopped, restarting, cut off) or `busy` (a lock wait timed out); undefined for any other failure.
 */
export function databaseUnavailableReason(error: unknown): 'unreachable' | 'busy' | undefined {
  const seen = new Set<unknown>();
  for (let current = error; typeof current === 'object' && current !== null && !seen.has(current); ) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (connectionCodes.has(code) || unreachableStates.test(code)) return 'unreachable';
      if (code === busyState) return 'busy';
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether the database cannot serve now (unreachable or busy): the apps answer 503, retry later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableReason(error) !== undefined;
}
