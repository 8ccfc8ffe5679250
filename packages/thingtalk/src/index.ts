// @parley/thingtalk: the ThingTalk 1.x language (AST, parser, printer, NN syntax, type checker, schemas)
// and its runtime (describer, formatter, executor, devices).
export type * from './ast/index.js';
