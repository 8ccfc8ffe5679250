// One compiled runtime per agent and revision: the dialog view of its intents and its compiled NLU. Any change
// bumps the agent's revision in the database, so every instance rebuilds on its next query; concurrent queries
// share one build.
import type { DialogAgent } from '@parley/dialog-engine';
import { agentSettings } from '../agent/agentSettings.js';
import type { Agent, Entity, Intent } from '../agent/model.js';
import type { EntityStore } from '../db/entityStore.js';
import type { IntentStore } from '../db/intentStore.js';
import type { AgentNluFactory, CompiledAgentNlu } from './AgentNlu.js';
import { toDialogAgent } from './toDialogAgent.js';

export interface AgentRuntime {
  revision: number;
  intents: readonly Intent[];
  entities: readonly Entity[];
  dialogAgent: DialogAgent;
  nlu: CompiledAgentNlu;
}

export interface AgentRuntimes {
  /** The runtime of the agent's current revision. */
  get(agent: Agent): Promise<AgentRuntime>;
}

export function createAgentRuntimes(
  stores: { intents: IntentStore; entities: EntityStore },
  nluFactory: AgentNluFactory,
): AgentRuntimes {
  const builds = new Map<string, { revision: number; runtime: Promise<AgentRuntime> }>();

  async function build(agent: Agent): Promise<AgentRuntime> {
    const [intents, entities] = await Promise.all([stores.intents.list(agent.id), stores.entities.list(agent.id)]);
    const nlu = nluFactory.compile(agent.id, intents, entities, agent.language, agentSettings(agent));
    await nlu.ready;
    return { revision: agent.revision, intents, entities, dialogAgent: toDialogAgent(intents), nlu };
  }

  return {
    get(agent) {
      const cached = builds.get(agent.id);
      if (cached !== undefined && cached.revision >= agent.revision) return cached.runtime;
      const runtime = build(agent);
      const entry = { revision: agent.revision, runtime };
      builds.set(agent.id, entry);
      // A failed build (database unreachable) is forgotten so that the next query retries; a newer one is kept.
      runtime.catch(() => {
        if (builds.get(agent.id) === entry) builds.delete(agent.id);
      });
      return runtime;
    },
  };
}
