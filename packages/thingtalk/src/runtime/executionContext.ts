// The options of executeProgram and the context every part of the executor shares.
import type { Declaration, Program } from '../ast/index.js';
import type { SchemaRetriever } from '../schema/schemaRetriever.js';
import type { DeviceRegistry } from '../devices/deviceRegistry.js';
import type { DisplayOptions } from '../format/displayValue.js';
import type { Clock } from './clock.js';
import type { ExecutionEvent } from './executionEvent.js';
import type { ExecutionLimits } from './executionLimits.js';
import type { ProgramState, ProgramStateStore } from './programState.js';
import type { LocationValue, Row, RuntimeValue, TimeValue } from './values.js';

/**
 * The user's `$context` values: places (`home`, `work`, `current_location`), times of day (`morning`, `evening`)
 * and the values of `$context.name : Type` (`selection`: what the user selected on the screen).
 */
export interface UserContext {
  readonly locations?: Readonly<Record<string, LocationValue>>;
  readonly times?: Readonly<Record<string, TimeValue>>;
  readonly values?: Readonly<Record<string, RuntimeValue>>;
}

export interface ExecutionOptions {
  /** The user's configured devices. */
  readonly devices: DeviceRegistry;
  /** The class definitions of the devices (poll intervals, formats for `$event`). */
  readonly classes: SchemaRetriever;
  /** Default: the system clock. Tests pass a SimulatedClock. */
  readonly clock?: Clock;
  /** Stops the program: waits end, device calls are aborted, the event stream finishes. */
  readonly signal?: AbortSignal;
  readonly context?: UserContext;
  /** State saved from an earlier run of the same program (from its `state` events). */
  readonly state?: ProgramState;
  /** The value of `$event.program_id`. */
  readonly programId?: string;
  /** The user's IANA time zone (`America/Los_Angeles`) for attimer, absolute dates and start_of/end_of; default the host's. */
  readonly timeZone?: string;
  /** How `$event` text shows dates and times (default: in `timeZone`). */
  readonly display?: DisplayOptions;
  /** Lower bound for monitor poll intervals in ms (default 1000), so `#[poll_interval=0ms]` cannot spin. */
  readonly minPollInterval?: number;
  /** Rows per query and per result, shortest timer interval (DEFAULT_EXECUTION_LIMITS for those unset). */
  readonly limits?: Partial<ExecutionLimits>;
}

/** One result flowing through the program with the function(s) it came from. */
export interface Tuple {
  readonly outputType: string | null;
  readonly row: Row;
}

export interface ExecutionContext {
  readonly program: Program;
  readonly options: ExecutionOptions;
  readonly clock: Clock;
  readonly signal: AbortSignal;
  readonly declarations: ReadonlyMap<string, Declaration>;
  /** Results of `let result x := …;` assignments, by name. */
  readonly results: Map<string, readonly Tuple[]>;
  readonly state: ProgramStateStore;
  readonly statement: number;
  readonly limits: ExecutionLimits;
  emit(event: ExecutionEvent): void;
}

/** A failure of one device call, reported as an `error` event with the primitive's name. */
export class PrimitiveError extends Error {
  constructor(
    readonly primitive: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PrimitiveError';
  }
}

/** Reports an error as an event, unless it only says that the program was stopped. */
export function reportError(ctx: ExecutionContext, error: unknown): void {
  if (ctx.signal.aborted) return;
  ctx.emit({
    type: 'error',
    statement: ctx.statement,
    primitive: error instanceof PrimitiveError ? error.primitive : null,
    message: error instanceof Error ? error.message : String(error),
    error: error instanceof PrimitiveError ? error.cause : error,
  });
}
