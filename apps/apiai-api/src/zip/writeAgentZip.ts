// Agent content → a zip of the current (2018+) export generation (docs/protocols/apiai.md §7): agent.json,
// package.json, `intents/X.json` + `intents/X_usersays_<lang>.json`, `entities/E.json` + `entities/E_entries_<lang>.json`.
import { strToU8, zipSync } from 'fflate';
import { type Agent, type Entity, type Intent, isRecord } from '@parley/apiai-agent/model';
import { entityJson, intentJson } from '../agent/formatAgentJson.js';

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);

/** A file name for an item name: path separators and characters Windows refuses become `_`; clashes get a number. */
function fileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/[/\\:*?"<>|]/g, '_').trim() || 'unnamed';
    let candidate = base;
    for (let counter = 2; used.has(candidate.toLowerCase()); counter += 1) candidate = `${base} ${counter}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * agent.json: the imported one as it came (settings we do not use included), with the language and webhook the
 * agent has now; the webhook password is never exported.
 */
function agentJsonOf(agent: Agent): Record<string, unknown> {
  const imported = agent.agentJson ?? {};
  const { password: _password, ...importedWebhook } = isRecord(imported.webhook) ? imported.webhook : {};
  return {
    description: agent.name,
    ...imported,
    language: agent.language,
    webhook: agent.webhook === null
      ? { ...importedWebhook, available: false }
      : {
          ...importedWebhook,
          available: true,
          url: agent.webhook.url,
          headers: agent.webhook.headers,
          ...(agent.webhook.username === undefined ? {} : { username: agent.webhook.username }),
        },
  };
}

export function writeAgentZip(agent: Agent, intents: readonly Intent[], entities: readonly Entity[]): Uint8Array {
  const lang = agent.language;
  const files: Record<string, Uint8Array> = {
    'package.json': json({ version: '1.0.0' }),
    'agent.json': json(agentJsonOf(agent)),
  };
  fileNames(intents.map((intent) => intent.name)).forEach((file, index) => {
    const intent = intents[index];
    if (intent === undefined) return;
    const { userSays, templates: _templates, ...rest } = intentJson(intent);
    files[`intents/${file}.json`] = json(rest);
    files[`intents/${file}_usersays_${lang}.json`] = json(userSays);
    for (const [other, says] of Object.entries(intent.userSaysByLanguage ?? {})) files[`intents/${file}_usersays_${other}.json`] = json(says);
  });
  fileNames(entities.map((entity) => entity.name)).forEach((file, index) => {
    const entity = entities[index];
    if (entity === undefined) return;
    const { entries, ...rest } = entityJson(entity);
    files[`entities/${file}.json`] = json(rest);
    files[`entities/${file}_entries_${lang}.json`] = json(entries);
    for (const [other, otherEntries] of Object.entries(entity.entriesByLanguage ?? {})) files[`entities/${file}_entries_${other}.json`] = json(otherEntries);
  });
  return zipSync(files, { level: 6 });
}
