// @parley/thingtalk: the ThingTalk 1.x language (AST, parser, printer, NN syntax, type checker, schemas), the
// describer and the formatter. Pure: no Node built-ins, no I/O, no clock. The executor is `@parley/thingtalk/runtime`
// (runtime.ts), the built-in devices and their Thingpedia files `@parley/thingtalk/devices` (devices.ts).
export type * from './ast/index.js';
export { parse, parseClasses, parseLibrary, parseProgram } from './parser/parse.js';
export { ThingTalkSyntaxError } from './parser/syntaxError.js';
export { print } from './printer/print.js';
export { printPredicate } from './printer/predicates.js';
export { printStream } from './printer/streams.js';
export { printTable } from './printer/tables.js';
export { printType } from './printer/types.js';
export { printValue } from './printer/values.js';
export { Schemas } from './schema/schemas.js';
export type { FunctionType, SchemaRetriever } from './schema/schemaRetriever.js';
export { configMixin, needsNoSetup } from './schema/configMixin.js';
export { typeCheck, type TypeCheckOptions } from './typecheck/typeCheck.js';
export { ThingTalkTypeError } from './typecheck/typeError.js';
export { isAssignable } from './typecheck/assignable.js';
export { typeOfConstant } from './typecheck/typeOfConstant.js';
export { fillSlot, iterateSlots, selectDevice } from './typecheck/iterateSlots.js';
export type { DeviceSlot, Slot, SlotOption, SlotPath, ValueSlot } from './typecheck/slots.js';
export { visitNodes } from './walk/visitNodes.js';
export { deviceSelectors } from './walk/deviceSelectors.js';
export { toNN, type ToNNOptions } from './nn/toNN.js';
export { fromNN, type FromNNOptions } from './nn/fromNN.js';
export { exampleProgram, exampleToNN, toNNWithEntities, type ParsedCommand } from './nn/allocatedNN.js';
export type { EntityMap, Today } from './nn/entities.js';

// Describer and formatter (pure).
export { describe } from './describe/describe.js';
export type { DescribeOptions } from './describe/describeContext.js';
export { describeValue } from './describe/describeValue.js';
export { programName } from './describe/programName.js';
export { formatResult, formatResultAsText, applyFormatSpec } from './format/formatResult.js';
export { formatSpecOf, type FormatSpec, type FormatSpecEntry } from './format/formatSpec.js';
export { formattedToString, type FormattedMessage, type FormattedObject } from './format/formattedObjects.js';
export { displayValue, type DisplayOptions } from './format/displayValue.js';
export { toMessages, type ResultMessage } from './format/toMessages.js';

// The class names of the built-in devices (the devices themselves: @parley/thingtalk/devices).
export { BUILTIN_KIND, CAT_API_KIND, TEST_KIND, XKCD_KIND } from './devices/builtinKinds.js';
