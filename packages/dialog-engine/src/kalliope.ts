// @parley/dialog-engine/kalliope: a Kalliope brain without a server. Parses brain.yml with PyYAML's rules, runs orders
// through `stepKalliope` with the caller's neurons and speech, keeps each session's dialogue in a pluggable store, and
// answers with the JSON of kalliope-api's `POST /synapses/start/order`. kalliope-api runs these same functions.
export { loadKalliopeBrain, type KalliopeBrain, type KalliopeBrainOptions, type KalliopeBrainSource, type KalliopeNeuronFunction, type KalliopeOrderOptions } from './kalliope/embed/loadKalliopeBrain.js';
export { memoryDialogues, type DialogueTurn, type KalliopeDialogues } from './kalliope/embed/dialogues.js';
export { answerInSession, unansweredOrder, type KalliopeAnswer } from './kalliope/embed/answerInSession.js';
export { runKalliopeTurn, type KalliopeEffects, type KalliopeTurn } from './kalliope/embed/runTurn.js';
export { compileDialogBrain, type CompiledDialogBrain } from './kalliope/embed/compileBrain.js';
export { parseBrain, type BrainSources } from './kalliope/brainYaml/parseBrain.js';
export { parseYaml, type YamlFile } from './kalliope/brainYaml/parseYaml.js';
export { isRecord, parseSynapse, type CorrectionFileReader } from './kalliope/brainYaml/parseSynapse.js';
export { ConfigError } from './kalliope/brainYaml/configError.js';
export type { Brain, BrainNeuron, BrainSignal, Synapse } from './kalliope/brainYaml/loadedBrain.js';
