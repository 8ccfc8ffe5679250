import type { JinjaValue } from './values.js';

/** Evaluated arguments of a filter, test or function call. */
export interface Arguments {
  readonly args: readonly JinjaValue[];
  readonly kwargs: Readonly<Record<string, JinjaValue>>;
}

/** The argument at `position`, or passed as `name=`; `undefined` when absent. */
export function argument(call: Arguments, position: number, name: string): JinjaValue | undefined {
  return position < call.args.length ? call.args[position] : Object.hasOwn(call.kwargs, name) ? call.kwargs[name] : undefined;
}
