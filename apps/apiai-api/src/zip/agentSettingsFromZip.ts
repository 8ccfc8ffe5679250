import { type Agent, type AgentWebhook, type AgentZip, isRecord, readBoolean, readString } from '@parley/apiai-agent/model';
// The agent settings an export carries in agent.json: language, fulfillment webhook
// (`webhook: {url, headers, username, password, available}`) and the whole file as it came (exported again; its
// classifier and time-zone settings are read by `agentSettings`).

interface ZipAgentSettings {
  language: string;
  webhook: AgentWebhook | null;
  agentJson: Record<string, unknown> | null;
}

export function agentSettingsFromZip(zip: AgentZip, current: Agent): ZipAgentSettings {
  const webhook = isRecord(zip.agent?.webhook) ? zip.agent.webhook : undefined;
  const url = readString(webhook?.url, 'webhook.url');
  const available = readBoolean(webhook?.available, 'webhook.available', url !== undefined);
  const headers: Record<string, string> = {};
  if (isRecord(webhook?.headers)) {
    for (const [name, value] of Object.entries(webhook.headers)) {
      const text = readString(value, `webhook.headers.${name}`);
      if (text !== undefined) headers[name] = text;
    }
  }
  const username = readString(webhook?.username, 'webhook.username');
  const password = readString(webhook?.password, 'webhook.password');
  return {
    language: zip.language ?? current.language,
    webhook:
      webhook === undefined
        ? current.webhook
        : available && url !== undefined && url !== ''
          ? { url, headers, ...(username ? { username } : {}), ...(password ? { password } : {}) }
          : null,
    agentJson: zip.agent ?? null,
  };
}
