/**
 * The shape of every reducer of this package: `step(state, input, ctx) → { state, outputs, effects }`.
 * `outputs` answer the caller (a query result, a run response); `effects` are work the app carries out
 * (speak a text, run a neuron) and, when the reducer asks for it, reports back as a later input.
 */
export interface Step<State, Output, Effect> {
  readonly state: State;
  readonly outputs: readonly Output[];
  readonly effects: readonly Effect[];
}

/** What every reducer receives from the outside world instead of reading it itself. */
export interface StepContext {
  /** The current time, milliseconds since the Unix epoch. */
  readonly now: number;
  /** A uniform random number in [0, 1), like `Math.random`; inject a seeded one for reproducible runs. */
  readonly random: () => number;
}
