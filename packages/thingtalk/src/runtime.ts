// @parley/thingtalk/runtime: running ThingTalk programs — runtime values, units and clocks, the executor, and the
// device interfaces devices implement. Pure like the main entry: devices and the clock come in as inputs.

// Runtime values and time.
export type { Row, RuntimeValue, EntityValue, LocationValue, TimeValue, CurrencyValue, RecordValue } from './runtime/values.js';
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

// Devices: what a device implements and how the executor finds it.
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
export { HttpError } from './devices/http.js';
