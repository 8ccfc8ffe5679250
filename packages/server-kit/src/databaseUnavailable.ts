// Tells a failure caused by the database being out of reach (stopped, restarting, failing over, network cut) from
// a bug, so that each app can answer 503 "try again" in its own error shape instead of a generic 500.

/** Socket errors of Node and postgres.js's own connection errors. */
const connectionCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT',
]);

/**
 * SQLSTATEs: class 08 (connection exception), 57P01–57P03 (server shutting down, crashed, starting up), and 55P03
 * (lock_not_available: a lock held by another instance was not granted within `lock_timeout`; busy, retry later).
 */
const unavailableStates = /^(08[0-9A-Z]{3}|57P0[123]|55P03)$/;

/** Whether `error`, or an error it was caused by (drizzle wraps the driver's), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; typeof current === 'object' && current !== null && !seen.has(current); ) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionCodes.has(code) || unavailableStates.test(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
