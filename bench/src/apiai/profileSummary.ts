// The functions a V8 CPU profile (`--cpu-prof`) spent most self time in, as shares of all samples.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** A span of the monotonic clock in microseconds (V8 profiles time their samples on it, as `process.hrtime` reads it). */
export interface ProfileWindow {
  readonly start: number;
  readonly end: number;
}

export const monotonicMicroseconds = (): number => Number(process.hrtime.bigint() / 1000n);

export interface SelfTime {
  readonly name: string;
  readonly where: string;
  readonly share: number;
}

/** Where a script is, without the machine's folders: package name and file, or the repository path. */
function shortUrl(url: string): string {
  if (url === '') return '';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/(.+)$/.exec(url);
  if (pnpm?.[1] !== undefined) return pnpm[1];
  const repo = /\/(apps|packages)\/(.+)$/.exec(url);
  return repo === null ? url.replace(/^file:\/\//, '') : `${repo[1]}/${repo[2]}`;
}

/**
 * Top self-time functions of the main-thread profile in `dir` (the largest file: worker threads write their own),
 * counting only the samples taken within `window`.
 */
export function profileSummary(dir: string, window: ProfileWindow, top = 10): SelfTime[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'));
  const profiles = files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
  const [profile] = profiles.sort((a, b) => b.samples.length - a.samples.length);
  if (profile === undefined) return [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { name: string; where: string; time: number }>();
  let total = 0;
  let clock = profile.startTime;
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    clock += time;
    if (clock < window.start || clock > window.end) return;
    const frame = byId.get(id)?.callFrame;
    total += time;
    if (frame === undefined) return;
    const where = frame.url === '' ? '' : `${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
    const key = `${name} ${where}`;
    const entry = self.get(key) ?? { name, where, time: 0 };
    entry.time += time;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.time - a.time)
    .slice(0, top)
    .map((entry) => ({ name: entry.name, where: entry.where, share: entry.time / Math.max(total, 1) }));
}
