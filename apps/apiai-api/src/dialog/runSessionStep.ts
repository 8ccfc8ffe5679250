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

export interface StepEnvironment {
  sessions: SessionStore;
  config: Partial<ApiaiDialogConfig>;
  now(): number;
  random(): number;
}

/** For session calls that match nothing (`/contexts`, `/userEntities`). */
export const noAgent: DialogAgent = { intents: [] };
export const noNlu: ApiaiNlu = { match: () => [], extractParameter: () => null };

export async function loadSession(sessions: SessionStore, agentId: string, sessionId: string): Promise<ApiaiSessionState> {
  // The stored JSON was written from an ApiaiSessionState by saveSession.
  const stored = (await sessions.load(agentId, sessionId)) as ApiaiSessionState | undefined;
  return stored ?? initialApiaiState();
}

export async function saveSession(
  sessions: SessionStore,
  agentId: string,
  sessionId: string,
  state: ApiaiSessionState,
): Promise<void> {
  await sessions.save(agentId, sessionId, state as unknown as Record<string, unknown>);
}

/** One reducer step on the stored session; the state is saved unless `readOnly`. */
export async function runSessionStep(
  environment: StepEnvironment,
  target: { agentId: string; sessionId: string; agent?: DialogAgent; nlu?: ApiaiNlu; readOnly?: boolean },
  input: ApiaiInput,
): Promise<{ state: ApiaiSessionState; output: ApiaiOutput }> {
  const state = await loadSession(environment.sessions, target.agentId, target.sessionId);
  const step = stepApiai(state, input, {
    now: environment.now(),
    random: environment.random,
    agent: target.agent ?? noAgent,
    nlu: target.nlu ?? noNlu,
    config: environment.config,
  });
  const [output] = step.outputs;
  if (output === undefined) throw new Error(`the api.ai reducer gave no output for ${input.type}`);
  if (target.readOnly !== true) await saveSession(environment.sessions, target.agentId, target.sessionId, step.state);
  return { state: step.state, output };
}
