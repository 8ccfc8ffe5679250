// Puts a whole agent's entities and intents in place (agent zips, the demo agent): existing content is replaced,
// ids of the source are kept, each item is read by the same lenient readers as the REST API. One agent change:
// all of it or nothing is stored.
import { type AgentWebhook, type Entity, type Intent, parseEntity, parseIntent } from '@parley/apiai-agent/model';
import type { AppServices } from '../services.js';

export interface AgentContent {
  entities: unknown[];
  intents: unknown[];
}

export interface ReplaceProgress {
  (event: { kind: 'entity' | 'intent'; name: string; done: number; total: number }): void;
}

interface ReplaceOptions {
  onProgress?: ReplaceProgress;
  /** Agent settings stored with the content (those of an agent zip). */
  settings?: { name?: string; language?: string; webhook?: AgentWebhook | null; agentJson?: Record<string, unknown> | null };
}

export async function replaceAgentContent(
  services: AppServices,
  agentId: string,
  content: AgentContent,
  { onProgress = () => undefined, settings }: ReplaceOptions = {},
): Promise<{ entities: Entity[]; intents: Intent[] }> {
  const entities = content.entities.map((entity) => parseEntity(entity));
  const intents = content.intents.map((intent) => parseIntent(intent));
  await services.changeAgent(agentId, async (stores) => {
    await stores.intents.deleteAll(agentId);
    await stores.entities.deleteAll(agentId);
    const total = entities.length + intents.length;
    let done = 0;
    for (const entity of entities) {
      await stores.entities.insert(agentId, entity);
      onProgress({ kind: 'entity', name: entity.name, done: ++done, total });
    }
    for (const intent of intents) {
      await stores.intents.insert(agentId, intent);
      onProgress({ kind: 'intent', name: intent.name, done: ++done, total });
    }
    if (settings !== undefined) await stores.agents.update(agentId, settings);
  });
  return { entities, intents };
}
