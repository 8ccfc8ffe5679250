import type { JsonObject } from '../core/json.js';
import type { SessionEntity } from './ports.js';
import type { QueryResult } from './queryResult.js';

/** One active context of a session. `setAt` (ms) starts its time limit; re-setting it restarts the clock. */
export interface ActiveContext {
  readonly name: string;
  readonly parameters: JsonObject;
  readonly lifespan: number;
  readonly setAt: number;
}

/** An intent waiting for required parameters (api.ai slot filling). */
export interface SlotFillingState {
  readonly intentId: string;
  /** Values so far, `""` (or `[]`) for the missing ones. */
  readonly parameters: JsonObject;
  readonly originals: Readonly<Record<string, string>>;
  /** The parameter the last prompt asked for. */
  readonly prompted: string;
  /** Answers in a row that filled nothing (api.ai's `no-match` counter). */
  readonly noMatch: number;
}

/** The whole api.ai session: plain JSON, one per `sessionId`. */
export interface ApiaiSessionState {
  readonly contexts: readonly ActiveContext[];
  readonly sessionEntities: readonly SessionEntity[];
  readonly slotFilling: SlotFillingState | null;
  /**
   * The query result waiting for the webhook's answer (a `call_webhook` effect is out); absent otherwise, so a
   * state at rest is stored as it always was.
   */
  readonly pendingWebhook?: QueryResult;
}

export function initialApiaiState(): ApiaiSessionState {
  return { contexts: [], sessionEntities: [], slotFilling: null };
}
