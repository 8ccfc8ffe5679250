/**
 * Picks one of several response variants with the injected randomness. Returns `undefined` for an empty list.
 * A `random()` outside [0, 1) is clamped so a misbehaving source cannot index out of range.
 */
export function pickVariant<T>(variants: readonly T[], random: () => number): T | undefined {
  if (variants.length === 0) return undefined;
  const draw = Math.min(Math.max(random(), 0), 0.999999999);
  const index = Number.isFinite(draw) ? Math.floor(draw * variants.length) : 0;
  return variants[index];
}
