// Start-up agents (docs/operations.md): APIAI_DEVELOPER_TOKEN/APIAI_CLIENT_TOKEN make sure an agent with
// those tokens exists; APIAI_AGENT_ZIP imports an export into it; a server with no agent at all gets the demo
// agent of docs/protocols/apiai.md with fresh tokens, which are printed (and kept in DATA_DIR to be printed again).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agent } from '@parley/apiai-agent/model';
import { replaceAgentContent, type ReplaceProgress } from '../agent/replaceAgentContent.js';
import { generateToken } from '../auth/tokens.js';
import { demoAgent } from '../demo/demoAgent.js';
import type { AppServices } from '../services.js';
import { importAgentZipFile } from '../zip/importAgentZipFile.js';
import type { ServerConfig } from './readConfig.js';

interface BootstrapReport {
  /** Lines for the operator (tokens of generated agents included). */
  lines: string[];
}

interface DemoTokens {
  agentId: string;
  developerToken: string;
  clientToken: string;
}

async function agentWithTokens(services: AppServices, developerToken: string, clientToken: string, webhookUrl: string | undefined): Promise<Agent> {
  const existing = await services.agents.findByToken(developerToken);
  if (existing?.kind === 'developer') {
    if (webhookUrl !== undefined) await services.agents.update(existing.agent.id, { webhook: { url: webhookUrl, headers: {} } });
    return existing.agent;
  }
  if (existing !== undefined) throw new Error('APIAI_DEVELOPER_TOKEN is the client token of another agent');
  return services.agents.create({
    id: randomUUID(),
    name: 'agent',
    developerToken,
    clientToken,
    webhook: webhookUrl === undefined ? null : { url: webhookUrl, headers: {} },
  });
}

export async function bootstrapAgents(
  services: AppServices,
  config: ServerConfig,
  onProgress: ReplaceProgress,
): Promise<BootstrapReport> {
  const lines: string[] = [];
  let target: Agent | undefined;
  if (config.developerToken !== undefined && config.clientToken !== undefined) {
    target = await agentWithTokens(services, config.developerToken, config.clientToken, config.webhookUrl);
    lines.push(`api.ai agent ${target.id} uses APIAI_DEVELOPER_TOKEN and APIAI_CLIENT_TOKEN`);
  }
  if (config.agentZip !== undefined) {
    if (target === undefined) {
      const developerToken = generateToken();
      const clientToken = generateToken();
      target = await services.agents.create({ id: randomUUID(), name: 'imported', developerToken, clientToken });
      lines.push(`api.ai agent ${target.id} created for APIAI_AGENT_ZIP`, `  developer access token: ${developerToken}`, `  client access token:    ${clientToken}`);
    }
    const imported = await importAgentZipFile(services, target, config.agentZip, onProgress, config.unzipLimits);
    lines.push(`Imported ${config.agentZip}: ${imported.intents} intents, ${imported.entities} entities`);
    return { lines };
  }
  if (target !== undefined) return { lines };

  const demoFile = join(config.dataDir, 'demo-agent.json');
  if ((await services.agents.count()) > 0) {
    const demo = existsSync(demoFile) ? (JSON.parse(readFileSync(demoFile, 'utf8')) as DemoTokens) : undefined;
    if (demo !== undefined && (await services.agents.get(demo.agentId)) !== undefined) lines.push(...demoLines(demo));
    return { lines };
  }
  const demo: DemoTokens = { agentId: randomUUID(), developerToken: generateToken(), clientToken: generateToken() };
  await services.agents.create({ id: demo.agentId, name: 'demo', developerToken: demo.developerToken, clientToken: demo.clientToken, webhook: config.webhookUrl === undefined ? null : { url: config.webhookUrl, headers: {} } });
  await replaceAgentContent(services, demo.agentId, demoAgent, { onProgress });
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(demoFile, `${JSON.stringify(demo, null, 2)}\n`, { mode: 0o600 });
  lines.push(...demoLines(demo));
  return { lines };
}

function demoLines(demo: DemoTokens): string[] {
  return [
    `api.ai demo agent (docs/protocols/apiai.md weather and appliance examples): ${demo.agentId}`,
    `  developer access token: ${demo.developerToken}`,
    `  client access token:    ${demo.clientToken}`,
  ];
}
