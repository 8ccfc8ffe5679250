// Shared shape of every reducer.
export type { Step, StepContext } from './core/step.js';
export type { JsonObject, JsonValue } from './core/json.js';

// api.ai v1 dialog: contexts, slot filling, fallback, events.
export { stepApiai, type ApiaiEffect, type ApiaiInput, type ApiaiOutput } from './apiai/stepApiai.js';
export { initialApiaiState, type ActiveContext, type ApiaiSessionState, type SlotFillingState } from './apiai/state.js';
export type { ApiaiStepContext } from './apiai/apiaiStepContext.js';
export type { QueryRequest } from './apiai/answerQuery.js';
export type { ContextLimitBreach, ContextToSet } from './apiai/contextStore.js';
export { DEFAULT_APIAI_DIALOG_CONFIG, type ApiaiDialogConfig } from './apiai/config.js';
export type { AffectedContext, DialogAgent, DialogIntent, IntentParameter, ResponseMessage } from './apiai/agent.js';
export type { ApiaiNlu, ExtractOptions, ExtractedValue, IntentCandidate, MatchOptions, SessionEntity } from './apiai/ports.js';
export type { AbandonReason, QueryMetadata, QueryResult, ReportedContext } from './apiai/queryResult.js';
export { reportContexts } from './apiai/reportContexts.js';
export type { Fulfillment } from './apiai/buildFulfillment.js';
export type { CallWebhookEffect, WebhookAnswer, WebhookOutcome } from './apiai/webhookRound.js';
export { compileApiaiNlu, type ApiaiNluOptions, type CompiledApiaiNlu, type NluQuery } from './apiai/nlu/compileApiaiNlu.js';
export type { NluEntity, NluIntent, NluIntentParameter } from './apiai/nlu/nluAgent.js';

// Sandboxed Jinja2-compatible templates (Kalliope neuron parameters, say_template, file_template).
export { renderJinja, checkJinja, JinjaError, DEFAULT_JINJA_LIMITS, type JinjaLimits } from './jinja/index.js';

// Kalliope multi-turn: LIFO of synapse runs, neurotransmitter, memory, templating.
export { stepKalliope } from './kalliope/stepKalliope.js';
export { initialKalliopeState, type KalliopeRequest, type KalliopeState, type PendingNeuron, type SynapseRun } from './kalliope/state.js';
export type { KalliopeEffect, KalliopeInput, KalliopeOutput } from './kalliope/kalliopeIo.js';
export type { KalliopeStepContext } from './kalliope/kalliopeStepContext.js';
export type { KalliopeDialogSettings, KalliopeNeuron, KalliopeSignal, KalliopeSynapse } from './kalliope/brain.js';
export type { MatchOrder, OrderMatch } from './kalliope/ports.js';
export { createNluMatchOrder, type NluMatchOrderOptions } from './kalliope/nluMatchOrder.js';
export type { MatchedSynapseReport, NeuronModuleReport, RunResponse, RunStatus } from './kalliope/runResponse.js';

// Almond dialog agent (almond-dialog-agent 1.8): generic input, program flow, results, notifications.
export { stepAlmond } from './almond/stepAlmond.js';
export { initialAlmondState, type AlmondState, type AlmondTask, type ProgramInfo, type ProgramStep } from './almond/state.js';
export type { AlmondEffect, AlmondInput, AppResult, NotificationInput } from './almond/almondIo.js';
export type { AskValue, AlmondOutput } from './almond/messages.js';
export type {
  AlmondCandidate, AlmondNlu, AlmondNluOptions, AlmondStepContext, CatalogKind, ConfiguredDevice, ExampleCommand,
} from './almond/almondStepContext.js';
export { createExemplarAlmondNlu, type ExemplarAlmondNluOptions } from './almond/exemplarAlmondNlu.js';
export { createThingpediaAlmondNlu, type ThingpediaAlmondNluOptions } from './almond/thingpediaAlmondNlu.js';
export { prepareProgram, type PreparedProgram } from './almond/prepareProgram.js';
export type { DeviceScope, ReadyProgram } from './almond/readyProgram.js';
export { buildLexicon, type Lexicon, type LexiconKind } from './almond/language/buildLexicon.js';
export { parseAlmondCommand, type ParsedProgram } from './almond/language/parseAlmondCommand.js';
