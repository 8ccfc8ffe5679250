// Puts a whole agent's entities and intents in place (agent zips, the demo agent): existing content is replaced,
// ids of the source are kept, each item is read by the same lenient readers as the REST API.
import type { AppServices } from '../services.js';
import type { Entity, Intent } from './model.js';
import { parseEntity } from './parseEntity.js';
import { parseIntent } from './parseIntent.js';

export interface AgentContent {
  entities: unknown[];
  intents: unknown[];
}

export interface ReplaceProgress {
  (event: { kind: 'entity' | 'intent'; name: string; done: number; total: number }): void;
}

export async function replaceAgentContent(
  services: AppServices,
  agentId: string,
  content: AgentContent,
  onProgress: ReplaceProgress = () => undefined,
): Promise<{ entities: Entity[]; intents: Intent[] }> {
  const entities = content.entities.map((entity) => parseEntity(entity));
  const intents = content.intents.map((intent) => parseIntent(intent));
  await services.intents.deleteAll(agentId);
  await services.entities.deleteAll(agentId);
  const total = entities.length + intents.length;
  let done = 0;
  for (const entity of entities) {
    await services.entities.insert(agentId, entity);
    onProgress({ kind: 'entity', name: entity.name, done: ++done, total });
  }
  for (const intent of intents) {
    await services.intents.insert(agentId, intent);
    onProgress({ kind: 'intent', name: intent.name, done: ++done, total });
  }
  await services.agentChanged(agentId);
  return { entities, intents };
}
