// A bounded HTTP load: `total` requests, `concurrency` at a time, each timed; loopback only.
export interface LoadResult<T> {
  /** Per request, in the order sent. */
  readonly answers: T[];
  readonly latenciesMs: number[];
  readonly wallMs: number;
}

export async function runLoad<T>(
  total: number,
  concurrency: number,
  request: (index: number) => Promise<T>,
): Promise<LoadResult<T>> {
  const answers: T[] = new Array<T>(total);
  const latenciesMs: number[] = new Array<number>(total).fill(0);
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (next < total) {
      const index = next;
      next += 1;
      const begin = performance.now();
      answers[index] = await request(index);
      latenciesMs[index] = performance.now() - begin;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, () => worker()));
  return { answers, latenciesMs, wallMs: performance.now() - started };
}
