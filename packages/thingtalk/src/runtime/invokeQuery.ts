// Calls one query of a device: parameters evaluated in scope, results carrying their input parameters
// (as the reference's `raw` does), failures wrapped as PrimitiveError.
import type { DeviceSelector, InputParam } from '../ast/index.js';
import { evaluateValue, type Scope } from './evaluateValue.js';
import { PrimitiveError, type ExecutionContext, type Tuple } from './executionContext.js';
import { checkRowLimit } from './executionLimits.js';
import type { Row, RuntimeValue } from './values.js';

export interface Call {
  readonly selector: DeviceSelector;
  readonly channel: string;
  readonly inParams: readonly InputParam[];
}

export function primitiveName(call: Call): string {
  return `@${call.selector.kind}.${call.channel}`;
}

/** Evaluates the parameters of a call; failures are the primitive's. */
export function evaluateParams(ctx: ExecutionContext, call: Call, scope: Scope, extra: Row = {}): Row {
  try {
    const params: Record<string, RuntimeValue> = {};
    for (const param of call.inParams) params[param.name] = evaluateValue(ctx, param.value, scope);
    return { ...params, ...extra };
  } catch (error) {
    throw new PrimitiveError(primitiveName(call), error);
  }
}

export async function invokeQuery(ctx: ExecutionContext, call: Call, scope: Scope, extra: Row = {}): Promise<Tuple[]> {
  const params = evaluateParams(ctx, call, scope, extra);
  try {
    const device = ctx.options.devices.resolve(call.selector.kind, call.selector.id);
    const rows = await device.query(call.channel, params, { signal: ctx.signal, maxRows: ctx.limits.rowsPerQuery });
    checkRowLimit(rows.length, ctx.limits.rowsPerQuery, `The query ${primitiveName(call)}`);
    const outputType = `${call.selector.kind}:${call.channel}`;
    return rows.map((row) => ({ outputType, row: { ...params, ...row } }));
  } catch (error) {
    throw new PrimitiveError(primitiveName(call), error);
  }
}
