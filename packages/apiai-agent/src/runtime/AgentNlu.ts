// The small interface this app needs from the NLU: compile an agent once per revision, then answer the dialog
// engine's `ApiaiNlu` port for one query (with that query's reference time, time zone and language).
import type { ApiaiNlu, NluQuery } from '@parley/dialog-engine';
import type { AgentSettings } from '../agent/agentSettings.js';
import type { Entity, Intent } from '../agent/model.js';

export interface CompiledAgentNlu {
  /** Resolves once this revision may answer (its classifier retrained, for agents small enough to wait for). */
  ready: Promise<void>;
  forQuery(query: NluQuery): ApiaiNlu;
}

export interface AgentNluFactory {
  /** Compiles one revision of an agent; `agentId` lets slow parts (the trained classifier) carry over between revisions. */
  compile(agentId: string, intents: readonly Intent[], entities: readonly Entity[], lang: string, settings?: AgentSettings): CompiledAgentNlu;
}
