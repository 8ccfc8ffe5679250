// Scoring helpers for the NLU benchmark.

/** Micro and macro F1 of single-label predictions (a missing prediction counts as a false negative only). */
export function intentF1(gold: readonly string[], predicted: readonly (string | undefined)[]): { micro: number; macro: number } {
  const labels = new Set(gold);
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const bump = (counts: Map<string, number>, label: string): void => {
    counts.set(label, (counts.get(label) ?? 0) + 1);
  };
  gold.forEach((label, index) => {
    const guess = predicted[index];
    if (guess === label) bump(tp, label);
    else {
      bump(fn, label);
      if (guess !== undefined) bump(fp, guess);
    }
  });
  const f1 = (t: number, p: number, n: number): number => (t === 0 ? 0 : (2 * t) / (2 * t + p + n));
  const sum = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);
  const macro = [...labels].reduce((total, label) => total + f1(tp.get(label) ?? 0, fp.get(label) ?? 0, fn.get(label) ?? 0), 0) / labels.size;
  return { micro: f1(sum(tp), sum(fp), sum(fn)), macro };
}

/** Precision, recall and F1 of predicted vs gold items (multisets of strings). */
export function setF1(gold: readonly string[], predicted: readonly string[]): { tp: number; fp: number; fn: number } {
  const remaining = new Map<string, number>();
  for (const item of gold) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  let tp = 0;
  for (const item of predicted) {
    const left = remaining.get(item) ?? 0;
    if (left > 0) {
      tp += 1;
      remaining.set(item, left - 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export function prf(counts: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const { tp, fp, fn } = counts;
  return {
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** The q-quantile (0..1) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Wall-clock and CPU milliseconds taken by `work`, with its result. On a shared machine the wall time grows with
 * the other processes' load; the CPU time (this process, all threads) does not.
 */
export function timed<T>(work: () => T): { result: T; ms: number; cpuMs: number } {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = work();
  const cpu = process.cpuUsage(cpuStart);
  return { result, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Per-call latencies (ms) of `query` over the inputs, after a warm-up pass over the first 200. */
export function latencies<T>(inputs: readonly T[], query: (input: T) => unknown): number[] {
  for (const input of inputs.slice(0, 200)) query(input);
  return inputs.map((input) => timed(() => query(input)).ms);
}
