// Imports an agent zip from a file into an agent (APIAI_AGENT_ZIP and the import CLI).
import { readFileSync } from 'node:fs';
import type { Agent, UnzipLimits } from '@parley/apiai-agent/model';
import { replaceAgentContent, type ReplaceProgress } from '../agent/replaceAgentContent.js';
import type { AppServices } from '../services.js';
import { agentSettingsFromZip } from './agentSettingsFromZip.js';
import { readStorableAgentZip } from './readStorableAgentZip.js';

export async function importAgentZipFile(
  services: AppServices,
  agent: Agent,
  path: string,
  onProgress: ReplaceProgress,
  limits: UnzipLimits,
): Promise<{ intents: number; entities: number }> {
  const zip = readStorableAgentZip(readFileSync(path), limits);
  const imported = await replaceAgentContent(services, agent.id, zip, { onProgress, settings: agentSettingsFromZip(zip, agent) });
  return { intents: imported.intents.length, entities: imported.entities.length };
}
