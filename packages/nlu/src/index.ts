// Text: folding, tokens, normalised text.
export { foldText, type FoldOptions } from './text/foldText.js';
export { tokenize, type Token, type TokenKind, type TokenizeOptions } from './text/tokenize.js';
export { normalize } from './text/normalize.js';
export type { JsonValue } from './jsonValue.js';

// Kalliope orders.
export { matchOrder, type MatchOrderOptions, type OrderSynapse, type SynapseMatch } from './kalliope/matchOrder.js';
export { compileOrderMatcher, type OrderMatcher } from './kalliope/compileOrderMatcher.js';
export { parseOrderSignal, type MatchingType, type OrderSignal } from './kalliope/orderSignal.js';
export { type SttCorrection } from './kalliope/sttCorrection.js';

// System entities (numbers, dates, times, units, …) in the api.ai value formats.
export {
  RECOGNIZED_SYSTEM_ENTITIES, isSystemEntityName, type RecognitionContext, type SystemEntityMatch, type SystemEntityName,
} from './system/systemEntityMatch.js';
export { recognizeSystemEntities, type RecognizeOptions } from './system/recognizeSystemEntities.js';
export { loadRecognizers, recognizersLoaded } from './system/recognizersSuite.js';
export { warmUpRecognizers } from './system/warmUpRecognizers.js';

// api.ai agents: developer and session entities, templates and examples, parameters.
export type { EntityDefinition, EntityEntry, SessionEntity } from './entities/entityDefinition.js';
export { editDistance } from './entities/editDistance.js';
export { compileAgent, type AgentMatcher, type CompileOptions, type IntentDefinition } from './templates/compileAgent.js';
export {
  matchAgent, type AgentMatchOptions, type MatchOptions, type MatchedParameter, type TemplateMatch,
} from './templates/matchAgent.js';
export type { UserSays, UserSaysChunk } from './templates/patternFromUserSays.js';
export { findEntityMentions, type MentionOptions } from './templates/findEntityMentions.js';
export {
  fillParameters, type EntityMention, type FilledParameters, type IntentParameter,
} from './templates/fillParameters.js';

// Almond dataset exemplars.
export type { Exemplar } from './exemplars/exemplar.js';
export { compileExemplars, type ExemplarMatcher } from './exemplars/compileExemplars.js';
export {
  matchExemplars, type ExemplarMatch, type ExemplarMatchOptions, type SlotValue,
} from './exemplars/matchExemplars.js';

// Trained intent classifier with out-of-scope detection, and the slot tagger (also `@parley/nlu/classifier`).
export * from './classifier/index.js';
