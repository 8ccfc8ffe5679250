// The agent model: the api.ai v1 intent and entity JSON, read leniently from every export generation and client,
// and agent zips. This entry loads neither the NLU nor the dialog engine (for tools that only read and store agents).
export type {
  Agent, AgentWebhook, Entity, EntityBody, EntityEntry, Intent, IntentBody, IntentParameter, IntentResponse, OutputContext,
  ResponseMessage, UserSays, UserSaysPart,
} from './agent/model.js';
export { defaultLifespan, parseIntent } from './agent/parseIntent.js';
export { parseEntity, parseEntries } from './agent/parseEntity.js';
export { isUuid } from './agent/ids.js';
export { isResponseMessage } from './agent/responseMessages.js';
export { InvalidAgentError } from './agent/InvalidAgentError.js';
export {
  isRecord, readArray, readBoolean, readLegalName, readNumber, readRecord, readString, readStringList, type Json,
} from './agent/readJson.js';
export { agentSettings, type AgentSettings } from './agent/agentSettings.js';
export { normalizeTimeZone } from './agent/normalizeTimeZone.js';
export { readAgentZip, type AgentZip, type ReadAgentZipOptions } from './zip/readAgentZip.js';
export { defaultUnzipLimits, unpackZip, type UnzipLimits } from './zip/unpackZip.js';

