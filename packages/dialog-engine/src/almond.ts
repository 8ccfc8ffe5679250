// @parley/dialog-engine/almond: the Almond agent without a server. `createAlmondAgent` runs conversations over the
// ThingTalk executor with the devices of the plugins it is given; `createAlmondConversation` is the loop under it
// and under the almond-api server's conversations (effects carried out through ports). Pure like the main entry:
// no Node built-ins; devices do their own I/O.
export {
  createAlmondAgent, type AgentDevice, type AlmondAgent, type AlmondAgentOptions, type ConverseOptions,
} from './almond/agent/createAlmondAgent.js';
export {
  createAlmondConversation, type AlmondConversation, type AlmondConversationPorts, type ExecuteEffect, type LearnEffect,
} from './almond/agent/almondConversation.js';
export { memoryStateStore, type AlmondStateStore } from './almond/agent/stateStore.js';
export { createAlmondNluFactory, type AlmondNluFactory, type NluKind, type UserClock } from './almond/agent/almondNluFactory.js';
export { instantiateDevice, type PluginOptions } from './almond/agent/instantiateDevice.js';
export { catalogSetup, pluginKinds, type CatalogSetup, type KindLabel, type PluginKind } from './almond/agent/pluginKinds.js';
export type { AlmondEffect, AlmondInput, AppResult } from './almond/almondIo.js';
export type { AlmondOutput } from './almond/messages.js';
export type { AlmondState } from './almond/state.js';
export type { CatalogKind, ConfiguredDevice, ExampleCommand } from './almond/almondStepContext.js';
