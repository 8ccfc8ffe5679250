// Loads a session's dialog state, runs one step of the api.ai reducer and stores the new state.
import {
  initialApiaiState,
  stepApiai,
  type ApiaiDialogConfig,
  type ApiaiInput,
  type ApiaiNlu,
  type ApiaiOutput,
  type ApiaiSessionState,
  type DialogAgent,
} from '@parley/dialog-engine';
import type { SessionStore } from '../db/sessionStore.js';
import type { SessionAccess } from '../db/versionedSessions.js';
import { tooManyContexts } from '../http/ApiAiError.js';
import type { AppServices } from '../services.js';

export interface StepEnvironment {
  /** For reads; writes go through `changeSession`. */
  sessions: SessionStore;
  changeSession: AppServices['changeSession'];
  config: Partial<ApiaiDialogConfig>;
  now(): number;
  random(): number;
}

/** For session calls that match nothing (`/contexts`, `/userEntities`). */
const noAgent: DialogAgent = { intents: [] };
const noNlu: ApiaiNlu = { match: () => [], extractParameter: () => null };

export async function loadSession(sessions: Pick<SessionAccess, 'load'>, agentId: string, sessionId: string): Promise<ApiaiSessionState> {
  // The stored JSON was written from an ApiaiSessionState by saveSession.
  const stored = (await sessions.load(agentId, sessionId)) as ApiaiSessionState | undefined;
  return stored ?? initialApiaiState();
}

/**
 * Stores the session's new state, unless it equals `loaded` (the state the step started from): nothing is written
 * then. `agentRevision`: the agent revision the state was computed with (../db/versionedSessions.ts).
 */
export async function saveSession(
  sessions: SessionAccess,
  agentId: string,
  sessionId: string,
  state: ApiaiSessionState,
  changes: { loaded?: ApiaiSessionState; agentRevision?: number } = {},
): Promise<void> {
  if (changes.loaded !== undefined && JSON.stringify(changes.loaded) === JSON.stringify(state)) return sessions.keep(changes.agentRevision);
  await sessions.save(agentId, sessionId, state as unknown as Record<string, unknown>, changes.agentRevision);
}

/**
 * One reducer step on the stored session. Unless `readOnly`, the load, step and save run alone among the session's
 * changes (another instance's included) and the new state is saved.
 */
export async function runSessionStep(
  environment: StepEnvironment,
  target: { agentId: string; sessionId: string; agent?: DialogAgent; nlu?: ApiaiNlu; readOnly?: boolean },
  input: ApiaiInput,
): Promise<{ state: ApiaiSessionState; output: ApiaiOutput }> {
  const { agentId, sessionId } = target;
  const step = async (sessions: Pick<SessionAccess, 'load'>, writer?: SessionAccess) => {
    const next = stepApiai(await loadSession(sessions, agentId, sessionId), input, {
      now: environment.now(),
      random: environment.random,
      agent: target.agent ?? noAgent,
      nlu: target.nlu ?? noNlu,
      config: environment.config,
    });
    const [output] = next.outputs;
    if (output === undefined) throw new Error(`the api.ai reducer gave no output for ${input.type}`);
    if (output.kind === 'too_many_contexts') throw tooManyContexts(output);
    if (writer !== undefined) await saveSession(writer, agentId, sessionId, next.state);
    return { state: next.state, output };
  };
  if (target.readOnly === true) return step(environment.sessions);
  return environment.changeSession(agentId, sessionId, (session) => step(session, session));
}
