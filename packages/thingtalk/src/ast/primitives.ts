import type { Value } from './values.js';

/** `name=value` inside an invocation, a device selector, a join's `on (…)` or a mixin import. */
export interface InputParam {
  readonly name: string;
  readonly value: Value;
}

/**
 * `@com.xkcd` or `@com.xkcd(id="com.xkcd-123")`: which device (of which class) a primitive runs on.
 * `id` null means no device is selected yet (the dialog asks, or picks the only one).
 */
export interface DeviceSelector {
  readonly kind: string;
  readonly id: string | null;
  /** Other selector attributes, e.g. `name="living room"`, in source order. */
  readonly attributes: readonly InputParam[];
}

/** `@kind(…).channel(p=v, …)`: a call of a Thingpedia query or action. */
export interface Invocation {
  readonly selector: DeviceSelector;
  readonly channel: string;
  readonly inParams: readonly InputParam[];
}
