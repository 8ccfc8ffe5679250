// @parley/thingtalk: the ThingTalk 1.x language (AST, parser, printer, NN syntax, type checker, schemas)
// and its runtime (describer, formatter, executor, devices).
export type * from './ast/index.js';
export { parse, parseClasses, parseLibrary, parseProgram } from './parser/parse.js';
export { ThingTalkSyntaxError } from './parser/syntaxError.js';
export { print } from './printer/print.js';
export { printPredicate } from './printer/predicates.js';
export { printStream } from './printer/streams.js';
export { printTable } from './printer/tables.js';
export { printType } from './printer/types.js';
export { printValue } from './printer/values.js';
