// Resource limits of one program run, so that a program cannot exhaust the process: how many rows one device query
// may return and how many one query expression (joins included) may hold, and the shortest interval of a `timer`.
// A program over a limit gets a ResourceLimitError, reported as an `error` event like any failed primitive.

export interface ExecutionLimits {
  /** Most rows one device query may return (devices are told through `InvocationContext.maxRows`). */
  readonly rowsPerQuery: number;
  /** Most rows one query expression may hold: the result of a join, filter, sort… before it is used. */
  readonly rowsPerResult: number;
  /** Shortest `timer` interval in ms: a shorter one fires at this interval. */
  readonly minTimerInterval: number;
}

export const DEFAULT_EXECUTION_LIMITS: ExecutionLimits = { rowsPerQuery: 1000, rowsPerResult: 1000, minTimerInterval: 1000 };

/** A program that went over one of its ExecutionLimits. */
export class ResourceLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceLimitError';
  }
}

/** Throws when `count` rows would exceed `limit`; `what` names them ("the query @x.f", "a join"). */
export function checkRowLimit(count: number, limit: number, what: string): void {
  if (count > limit) throw new ResourceLimitError(`${what} produced more than ${limit} results, the most a program may handle`);
}
