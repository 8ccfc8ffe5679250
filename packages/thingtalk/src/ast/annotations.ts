import type { Value } from './values.js';

/**
 * `#_[name=value]` (natural-language annotations: canonical, confirmation, prompt, formatted, utterances, …)
 * and `#[name=value]` (implementation annotations: poll_interval, confirm, id, …), in source order.
 */
export interface Annotations {
  readonly nl: Readonly<Record<string, Value>>;
  readonly impl: Readonly<Record<string, Value>>;
}
