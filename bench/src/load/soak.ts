// Soak: one target under steady load for a long time while its resident memory is sampled; a leak shows as a
// steady climb after warm-up instead of a plateau.
import { fire, type LoadSettings } from './steadyLoad.js';
import type { LoadTarget } from './loadTargets.js';
import { rssMiB } from './processMemory.js';

export interface SoakResult {
  target: string;
  /** [seconds since start, RSS MiB]. */
  samples: [number, number][];
  requests: number;
  non2xx: number;
  errors: number;
  /** Median RSS of the second quarter and of the last quarter (after warm-up), in MiB. */
  earlyMiB: number;
  lateMiB: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function soak(target: LoadTarget, settings: LoadSettings, sampleEveryMs = 2000): Promise<SoakResult> {
  const samples: [number, number][] = [];
  const started = performance.now();
  const sample = () => samples.push([Math.round((performance.now() - started) / 100) / 10, rssMiB(target.pid)]);
  sample();
  const timer = setInterval(sample, sampleEveryMs);
  const result = await fire(target, settings);
  clearInterval(timer);
  sample();
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  return {
    target: target.name,
    samples,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    earlyMiB: median(samples.slice(quarter, 2 * quarter).map(([, rss]) => rss)),
    lateMiB: median(samples.slice(-quarter).map(([, rss]) => rss)),
  };
}
