// The brain model, its parser and its errors live in @parley/dialog-engine/kalliope (shared with the embedding API).
export { isRecord, parseSynapse, type CorrectionFileReader } from '@parley/dialog-engine/kalliope';
