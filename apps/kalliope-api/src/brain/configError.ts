// The brain model, its parser and its errors live in @parley/dialog-engine/kalliope (shared with the embedding API).
export { ConfigError } from '@parley/dialog-engine/kalliope';
