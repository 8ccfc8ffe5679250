import type { OrderSignal } from './orderSignal.js';
import { matchPreparedSignal, orderForSignal, prepareOrder, prepareSignal, type OrderSignalMatch } from './preparedSignal.js';

export type { OrderSignalMatch } from './preparedSignal.js';

/**
 * Matches one order against one signal by Kalliope's rules (docs/protocols/kalliope.md §3.1–3.4): stt-correction
 * of the order, lower-casing, whitespace tokens, then the signal's matching type. Returns undefined when it
 * does not match. An empty order never matches. Parses the signal on every call: a brain matched repeatedly
 * goes through `compileOrderMatcher`.
 */
export function matchOrderSignal(signal: OrderSignal, order: string): OrderSignalMatch | undefined {
  const prepared = prepareSignal(signal);
  return matchPreparedSignal(prepared, orderForSignal(prepared, order, () => prepareOrder(order)));
}
