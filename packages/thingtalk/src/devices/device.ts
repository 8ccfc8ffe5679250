// The Device interface the executor runs programs against, and `defineDevice`, the short way to write one.
import type { Row, RuntimeValue } from '../runtime/values.js';

/** What every invocation receives: a signal that aborts when the program is stopped. */
export interface InvocationContext {
  readonly signal: AbortSignal;
  /** Most rows the executor accepts from a query (its `rowsPerQuery` limit): a device may refuse to make more. */
  readonly maxRows?: number;
}

export type Params = Readonly<Record<string, RuntimeValue>>;

/** A configured device instance (one `@kind(id=…)`). Queries yield rows; actions take parameters. */
export interface Device {
  /** The Thingpedia class, e.g. `com.xkcd`. */
  readonly kind: string;
  /** The instance id used in `@com.xkcd(id="…")`; for single-instance services the kind itself. */
  readonly uniqueId: string;
  readonly name: string;
  readonly description: string;
  query(name: string, params: Params, ctx: InvocationContext): Promise<readonly Row[]>;
  action(name: string, params: Params, ctx: InvocationContext): Promise<void>;
}

export type QueryImplementation = (params: Params, ctx: InvocationContext) => Promise<readonly Row[]>;
export type ActionImplementation = (params: Params, ctx: InvocationContext) => Promise<void>;

export interface DeviceSpec {
  readonly kind: string;
  readonly uniqueId?: string;
  readonly name: string;
  readonly description: string;
  readonly queries?: Readonly<Record<string, QueryImplementation>>;
  readonly actions?: Readonly<Record<string, ActionImplementation>>;
}

/** Thrown when a program calls a function the device does not implement. */
export class UnknownFunctionError extends Error {
  constructor(kind: string, functionType: 'query' | 'action', name: string) {
    super(`Device ${kind} has no ${functionType} ${name}`);
    this.name = 'UnknownFunctionError';
  }
}

/** Builds a Device from plain functions, one per query and action of its class. */
export function defineDevice(spec: DeviceSpec): Device {
  const queries = spec.queries ?? {};
  const actions = spec.actions ?? {};
  return {
    kind: spec.kind,
    uniqueId: spec.uniqueId ?? spec.kind,
    name: spec.name,
    description: spec.description,
    async query(name, params, ctx) {
      const implementation = Object.hasOwn(queries, name) ? queries[name] : undefined;
      if (implementation === undefined) throw new UnknownFunctionError(spec.kind, 'query', name);
      ctx.signal.throwIfAborted();
      return implementation(params, ctx);
    },
    async action(name, params, ctx) {
      const implementation = Object.hasOwn(actions, name) ? actions[name] : undefined;
      if (implementation === undefined) throw new UnknownFunctionError(spec.kind, 'action', name);
      ctx.signal.throwIfAborted();
      return implementation(params, ctx);
    },
  };
}
