/** Bounds on what one rendering may do, so that a template cannot exhaust memory or time. */
export interface JinjaLimits {
  /** Characters of output, and of any string built on the way. */
  readonly maxOutputLength: number;
  /** Loop iterations over the whole rendering (nested loops count every inner iteration). */
  readonly maxIterations: number;
  /** Items a `range()` or a repetition (`'ab' * n`, `[0] * n`) may produce. */
  readonly maxSequenceLength: number;
  /** Nesting of blocks and expressions the parser accepts. */
  readonly maxDepth: number;
}

export const DEFAULT_JINJA_LIMITS: JinjaLimits = {
  maxOutputLength: 100_000,
  maxIterations: 10_000,
  maxSequenceLength: 10_000,
  maxDepth: 64,
};
