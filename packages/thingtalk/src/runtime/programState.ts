// The resumable state of a running program: per stream node, what the monitor saw last (row hashes), the last
// value an edge trigger compared against, and when a timer last fired. Plain JSON, so the app can persist it.

export interface StreamNodeState {
  /** Monitors: hashes of the rows of the last poll. */
  readonly seen?: readonly string[];
  /** Monitors: when the last poll started (ms since the epoch). */
  readonly polledAt?: number;
  /** Timers: the base the timer counts from, fixed when it first started. */
  readonly base?: number;
  /** Edge triggers: hash of the last event (`on new`) or the last predicate value. */
  readonly last?: string | boolean;
  /** Timers: when the last event fired, or when the timer started if none has (ms since the epoch). */
  readonly lastFired?: number;
}

export interface ProgramState {
  readonly version: 1;
  /** Keyed by the node's position in the program, e.g. `0.stream.table`. */
  readonly streams: Readonly<Record<string, StreamNodeState>>;
}

export const EMPTY_PROGRAM_STATE: ProgramState = { version: 1, streams: {} };

/** Holds the state while the program runs and announces every change. */
export class ProgramStateStore {
  #streams: Record<string, StreamNodeState>;
  readonly #onChange: (state: ProgramState) => void;

  constructor(initial: ProgramState | undefined, onChange: (state: ProgramState) => void) {
    if (initial !== undefined && initial.version !== 1) throw new Error(`Unsupported program state version ${String(initial.version)}`);
    this.#streams = { ...(initial?.streams ?? {}) };
    this.#onChange = onChange;
  }

  get(path: string): StreamNodeState | undefined {
    return Object.hasOwn(this.#streams, path) ? this.#streams[path] : undefined;
  }

  set(path: string, state: StreamNodeState): void {
    this.#streams = { ...this.#streams, [path]: state };
    this.#onChange(this.snapshot());
  }

  snapshot(): ProgramState {
    return { version: 1, streams: this.#streams };
  }
}
