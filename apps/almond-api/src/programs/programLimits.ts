// What one user's programs may use (the operator's ALMOND_LIMIT_* settings; README "Limits"), so that no program,
// anonymous or not, can exhaust the server: rows per query and per result and bytes of test data (enforced by the
// executor), the time of one round, the shortest timer interval, the apps a user may keep running and the
// notifications they may produce.
import { DEFAULT_EXECUTION_LIMITS } from '@parley/thingtalk/runtime';
import { DEFAULT_TEST_DATA_BYTES } from '@parley/thingtalk/devices';
import { readPositiveInteger } from '../server/readPositiveInteger.js';

export interface ProgramLimits {
  /** Most rows one device query may return. */
  rowsPerQuery: number;
  /** Most rows one query expression (a join…) may hold, and most results one command may return. */
  rowsPerResult: number;
  /** Most bytes one call of the test device's `get_data` may generate. */
  testDataBytes: number;
  /** Longest a command may run before it is stopped with an error. */
  roundMs: number;
  /** Shortest interval of a `timer`: shorter ones are refused, and stored ones never fire more often. */
  minTimerIntervalMs: number;
  /** Most long-running programs (monitors, timers) one user may keep. */
  appsPerUser: number;
  /** Most notifications one user's programs may produce per minute; the rest of that minute's are dropped. */
  notificationsPerMinute: number;
}

export const DEFAULT_PROGRAM_LIMITS: ProgramLimits = {
  rowsPerQuery: DEFAULT_EXECUTION_LIMITS.rowsPerQuery,
  rowsPerResult: DEFAULT_EXECUTION_LIMITS.rowsPerResult,
  testDataBytes: DEFAULT_TEST_DATA_BYTES,
  roundMs: 30_000,
  // Thingpedia's own devices poll every few minutes at most; one minute leaves "every minute" reminders possible.
  minTimerIntervalMs: 60_000,
  appsPerUser: 50,
  notificationsPerMinute: 30,
};

const SETTINGS: ReadonlyArray<readonly [keyof ProgramLimits, string]> = [
  ['rowsPerQuery', 'ALMOND_LIMIT_ROWS_PER_QUERY'],
  ['rowsPerResult', 'ALMOND_LIMIT_ROWS_PER_RESULT'],
  ['testDataBytes', 'ALMOND_LIMIT_TEST_DATA_BYTES'],
  ['roundMs', 'ALMOND_LIMIT_ROUND_MS'],
  ['minTimerIntervalMs', 'ALMOND_LIMIT_MIN_TIMER_INTERVAL_MS'],
  ['appsPerUser', 'ALMOND_LIMIT_APPS_PER_USER'],
  ['notificationsPerMinute', 'ALMOND_LIMIT_NOTIFICATIONS_PER_MINUTE'],
];

export function readProgramLimits(env: NodeJS.ProcessEnv): ProgramLimits {
  const limits = { ...DEFAULT_PROGRAM_LIMITS };
  for (const [key, name] of SETTINGS) limits[key] = readPositiveInteger(name, env[name], DEFAULT_PROGRAM_LIMITS[key]);
  return limits;
}
