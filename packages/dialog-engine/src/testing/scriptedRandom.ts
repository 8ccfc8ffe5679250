/** Test support: a deterministic `random()` that cycles through the given draws (always 0 when none are given). */
export function scriptedRandom(draws: readonly number[] | number | undefined): () => number {
  const list = draws === undefined ? [0] : typeof draws === 'number' ? [draws] : draws.length === 0 ? [0] : draws;
  let next = 0;
  return () => {
    const draw = list[next % list.length] ?? 0;
    next += 1;
    return draw;
  };
}
