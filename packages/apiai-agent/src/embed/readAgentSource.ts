// An agent from an api.ai export: the zip's bytes (any generation, docs/protocols/apiai.md §7), or its content as
// JSON (`agent.json`'s object, the intents and the entities as the export or the REST API writes them).
import type { Entity, Intent } from '../agent/model.js';
import { parseEntity } from '../agent/parseEntity.js';
import { parseIntent } from '../agent/parseIntent.js';
import { isRecord, readString } from '../agent/readJson.js';
import { readAgentZip } from '../zip/readAgentZip.js';
import { defaultUnzipLimits, type UnzipLimits } from '../zip/unpackZip.js';

export interface AgentExportJson {
  /** `agent.json`: its `language`, `defaultTimezone`, `mlMinConfidence` and `customClassifierMode` are honoured. */
  agent?: Record<string, unknown>;
  intents: readonly unknown[];
  entities?: readonly unknown[];
}

export type AgentSource = Uint8Array | ArrayBuffer | AgentExportJson;

interface AgentDefinition {
  language: string;
  agentJson: Record<string, unknown> | null;
  intents: Intent[];
  entities: Entity[];
}

export function readAgentSource(source: AgentSource, limits: UnzipLimits = defaultUnzipLimits): AgentDefinition {
  const content: { agent?: unknown; intents: readonly unknown[]; entities?: readonly unknown[] } =
    source instanceof Uint8Array || source instanceof ArrayBuffer ? readAgentZip(new Uint8Array(source), limits) : source;
  const agentJson = isRecord(content.agent) ? content.agent : null;
  return {
    language: readString(agentJson?.language, 'agent.json language') ?? 'en',
    agentJson,
    intents: content.intents.map((intent) => parseIntent(intent)),
    entities: (content.entities ?? []).map((entity) => parseEntity(entity)),
  };
}
