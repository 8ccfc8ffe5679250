// An api.ai v1 agent without a server.
export { loadApiaiAgent, type ApiaiAgent, type LoadApiaiAgentOptions, type QueryOptions } from './embed/loadApiaiAgent.js';
export type { AgentExportJson, AgentSource } from './embed/readAgentSource.js';
export { memorySessionStorage, type SessionStorage } from './embed/sessionStorage.js';
export type { ClassifierTrainer, TrainerEvent } from './classifier/ClassifierTrainer.js';
export { createInProcessTrainer } from './classifier/inProcessTrainer.js';

// The agent model and its readers (also alone, without the NLU, as @parley/apiai-agent/model).
export * from './model.js';

// The runtime @parley/apiai-api serves: training data, the NLU with its classifier, compiled runtimes, the v1 result.
export { trainingExamples } from './classifier/trainingExamples.js';
export { createAgentNlu, type AgentNluOptions } from './runtime/createAgentNlu.js';
export type { AgentNluFactory, CompiledAgentNlu } from './runtime/AgentNlu.js';
export { createAgentRuntimes, type AgentContentSource, type AgentRuntime, type AgentRuntimes } from './runtime/agentRuntimes.js';
export { resultJson } from './query/resultJson.js';
