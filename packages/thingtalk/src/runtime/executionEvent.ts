// What a running program reports: results for notify/return, the actions it ran, per-primitive errors,
// the end of each statement, and snapshots of its resumable state.
import type { ProgramState } from './programState.js';
import type { Row } from './values.js';

export type ExecutionEvent =
  /** A result reaching `notify` or `return`; `outputType` is `kind:function` (`a:f+b:g` for joins, `count(a:f)` for aggregates, null for timers). */
  | {
      readonly type: 'output';
      readonly statement: number;
      readonly action: 'notify' | 'return';
      readonly outputType: string | null;
      readonly value: Row;
    }
  /** An action that was carried out, with the parameters it received. */
  | {
      readonly type: 'action';
      readonly statement: number;
      readonly kind: string;
      readonly uniqueId: string;
      readonly channel: string;
      readonly params: Row;
    }
  /** A primitive that failed (`@com.xkcd.get_comic`), or null when the failure is not a device call. The statement goes on where it can. */
  | {
      readonly type: 'error';
      readonly statement: number;
      readonly primitive: string | null;
      readonly message: string;
      readonly error: unknown;
    }
  /** A statement finished (commands after their results; rules only when their stream ends). */
  | { readonly type: 'done'; readonly statement: number }
  /** The program's resumable state changed (a monitor polled, a timer fired): persist it to resume later. */
  | { readonly type: 'state'; readonly state: ProgramState };
