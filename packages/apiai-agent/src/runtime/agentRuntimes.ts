// The runtime of an agent: the dialog view of its intents, its compiled NLU and its settings. The server keeps one
// per agent and revision: any change bumps the agent's revision in the database, so every instance rebuilds on its
// next query; concurrent queries share one build.
import type { DialogAgent } from '@parley/dialog-engine';
import { agentSettings, type AgentSettings } from '../agent/agentSettings.js';
import type { Agent, Entity, Intent } from '../agent/model.js';
import type { AgentNluFactory, CompiledAgentNlu } from './AgentNlu.js';
import { toDialogAgent } from './toDialogAgent.js';

export interface AgentRuntime {
  revision: number;
  intents: readonly Intent[];
  entities: readonly Entity[];
  settings: AgentSettings;
  dialogAgent: DialogAgent;
  nlu: CompiledAgentNlu;
}

/** Where the server reads an agent's intents and entities (its database). */
export interface AgentContentSource {
  intents: { list(agentId: string): Promise<Intent[]> };
  entities: { list(agentId: string): Promise<Entity[]> };
}

/** Compiles one revision of an agent; resolves once it may answer (see `CompiledAgentNlu.ready`). */
export async function buildAgentRuntime(
  agentId: string,
  agent: Pick<Agent, 'language' | 'agentJson'> & { intents: readonly Intent[]; entities: readonly Entity[]; revision?: number },
  nluFactory: AgentNluFactory,
): Promise<AgentRuntime> {
  const settings = agentSettings(agent);
  const nlu = nluFactory.compile(agentId, agent.intents, agent.entities, agent.language, settings);
  await nlu.ready;
  return { revision: agent.revision ?? 0, intents: agent.intents, entities: agent.entities, settings, dialogAgent: toDialogAgent(agent.intents), nlu };
}

export interface AgentRuntimes {
  /** The runtime of the agent's current revision. */
  get(agent: Agent): Promise<AgentRuntime>;
}

export function createAgentRuntimes(
  stores: AgentContentSource,
  nluFactory: AgentNluFactory,
): AgentRuntimes {
  const builds = new Map<string, { revision: number; runtime: Promise<AgentRuntime> }>();

  async function build(agent: Agent): Promise<AgentRuntime> {
    const [intents, entities] = await Promise.all([stores.intents.list(agent.id), stores.entities.list(agent.id)]);
    return buildAgentRuntime(agent.id, { ...agent, intents, entities }, nluFactory);
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
