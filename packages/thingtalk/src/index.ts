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
export { Schemas } from './schema/schemas.js';
export type { FunctionType, SchemaRetriever } from './schema/schemaRetriever.js';
export { configMixin, needsNoSetup } from './schema/configMixin.js';
export { typeCheck, type TypeCheckOptions } from './typecheck/typeCheck.js';
export { ThingTalkTypeError } from './typecheck/typeError.js';
export { isAssignable } from './typecheck/assignable.js';
export { typeOfConstant } from './typecheck/typeOfConstant.js';
export { fillSlot, iterateSlots, selectDevice } from './typecheck/iterateSlots.js';
export type { DeviceSlot, Slot, SlotOption, SlotPath, ValueSlot } from './typecheck/slots.js';
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

// Devices.
export {
  defineDevice,
  UnknownFunctionError,
  type Device,
  type DeviceSpec,
  type InvocationContext,
  type Params,
  type QueryImplementation,
  type ActionImplementation,
} from './devices/device.js';
export type { DevicePlugin } from './devices/devicePlugin.js';
export { DeviceRegistry } from './devices/deviceRegistry.js';
export { readThingpediaFile, thingpediaDirectory } from './devices/thingpediaFiles.js';
export { builtinPlugin, createBuiltinDevice, BUILTIN_KIND, type BuiltinDeviceOptions } from './devices/builtinDevice.js';
export { testPlugin, createTestDevice, TEST_KIND, DEFAULT_TEST_DATA_BYTES, type TestDevice, type TestDeviceOptions } from './devices/testDevice.js';
export { catApiPlugin, createCatApiDevice, CAT_API_KIND, type CatApiDeviceOptions } from './devices/catApiDevice.js';
export { xkcdPlugin, createXkcdDevice, XKCD_KIND, type XkcdDeviceOptions } from './devices/xkcdDevice.js';
export { HttpError } from './devices/http.js';
export { BUILTIN_PLUGINS, pluginSchemas } from './devices/builtinPlugins.js';

// Runtime values and time.
export type { Row, RuntimeValue, EntityValue, LocationValue, TimeValue, CurrencyValue } from './runtime/values.js';
export { valuesEqual, compareValues, textOf } from './runtime/compareValues.js';
export { toBaseUnit, fromBaseUnit, baseUnitOf } from './runtime/units.js';
export { systemClock, type Clock } from './runtime/clock.js';
export { SimulatedClock } from './runtime/simulatedClock.js';

// Executor.
export { executeProgram, isLongRunning } from './runtime/executeProgram.js';
export { stepProgram, type StepOptions, type StepResult } from './runtime/stepProgram.js';
export type { ExecutionOptions, UserContext } from './runtime/executionContext.js';
export { DEFAULT_EXECUTION_LIMITS, ResourceLimitError, type ExecutionLimits } from './runtime/executionLimits.js';
export type { ExecutionEvent } from './runtime/executionEvent.js';
export { EMPTY_PROGRAM_STATE, type ProgramState, type StreamNodeState } from './runtime/programState.js';
