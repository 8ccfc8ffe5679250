// Runs a long-running program one step at a time, for durable schedulers (a job per program, run by whichever
// instance takes it): each step resumes from the saved state at a given time, does what is due (polls,
// timer events, the commands of a new program), and says when the next step is due.
import type { Program } from '../ast/index.js';
import type { Clock } from './clock.js';
import type { ExecutionOptions } from './executionContext.js';
import type { ExecutionEvent } from './executionEvent.js';
import { executeProgram } from './executeProgram.js';
import { EMPTY_PROGRAM_STATE, type ProgramState } from './programState.js';

export interface StepOptions extends Omit<ExecutionOptions, 'clock'> {
  /** The time of this step (ms since the epoch): everything due at or before it happens now. */
  readonly now: number;
}

export interface StepResult {
  /** What happened in this step (outputs, actions, errors, finished statements; not the state snapshots). */
  readonly events: readonly ExecutionEvent[];
  /** The state to pass to the next step. */
  readonly state: ProgramState;
  /** When the next step is due (ms since the epoch), or null when every statement has finished. */
  readonly nextWakeAt: number | null;
}

/** A clock stopped at one instant: waits for the past end at once, waits for the future are only recorded. */
class StepClock implements Clock {
  readonly #waits = new Set<number>();
  readonly #times: number[] = [];

  constructor(readonly time: number) {}

  now(): number {
    return this.time;
  }

  get waiting(): number {
    return this.#waits.size;
  }

  get earliest(): number | null {
    return this.#times.length === 0 ? null : Math.min(...this.#times);
  }

  sleepUntil(time: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (time <= this.time) return Promise.resolve();
    const id = this.#times.push(time) - 1;
    this.#waits.add(id);
    return new Promise<void>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
}

async function pause(round: number): Promise<void> {
  await new Promise<void>((resolve) => (round < 100 ? setImmediate(resolve) : setTimeout(resolve, 5)));
}

export async function stepProgram(program: Program, options: StepOptions): Promise<StepResult> {
  const clock = new StepClock(options.now);
  const controller = new AbortController();
  const outer = options.signal;
  const forward = (): void => controller.abort(outer?.reason);
  if (outer?.aborted === true) forward();
  else outer?.addEventListener('abort', forward, { once: true });

  const isRule = program.statements.map((statement) => statement.type === 'Rule');
  const rules = isRule.filter(Boolean).length;
  const commands = isRule.length - rules;
  let finishedRules = 0;
  let finishedCommands = 0;
  let state = options.state ?? EMPTY_PROGRAM_STATE;
  const events: ExecutionEvent[] = [];
  let ended = false;
  const consumer = (async () => {
    try {
      for await (const event of executeProgram(program, { ...options, clock, signal: controller.signal })) {
        if (event.type === 'state') {
          state = event.state;
          continue;
        }
        events.push(event);
        if (event.type === 'done') {
          if (isRule[event.statement] === true) finishedRules++;
          else finishedCommands++;
        }
      }
    } finally {
      ended = true;
    }
  })();

  // The step is over when every command has finished and every rule still running waits for a later time.
  for (let round = 0; !ended && !(finishedCommands === commands && clock.waiting === rules - finishedRules); round++) await pause(round);
  const nextWakeAt = rules - finishedRules > 0 ? clock.earliest : null;
  controller.abort(new Error('The step is over'));
  try {
    await consumer;
  } finally {
    outer?.removeEventListener('abort', forward);
  }
  return { events, state, nextWakeAt };
}
