// Resident memory of a running server over an idle window, read from /proc as the operator's monitoring would:
// VmRSS sampled every second, and VmHWM (the process's peak since it started) at the end.
import { readFileSync } from 'node:fs';
import { rssMiB } from '../load/processMemory.js';

export interface IdleWindow {
  /** VmRSS when the window opened (right after start-up or after the last request). */
  startMiB: number;
  /** Highest and last VmRSS sampled in the window. */
  maxMiB: number;
  endMiB: number;
  /** VmHWM at the end of the window: the peak since the process started. */
  peakMiB: number;
}

/** VmHWM of `pid` in MiB: the most resident memory the process has had. */
export function peakRssMiB(pid: number): number {
  const kib = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kib === undefined) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kib) / 1024;
}

/** Samples `pid` once a second for `seconds` while nothing is asked of it. */
export async function idleWindow(pid: number, seconds: number): Promise<IdleWindow> {
  const startMiB = rssMiB(pid);
  let maxMiB = startMiB;
  let endMiB = startMiB;
  for (let second = 0; second < seconds; second += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    endMiB = rssMiB(pid);
    maxMiB = Math.max(maxMiB, endMiB);
  }
  return { startMiB, maxMiB, endMiB, peakMiB: peakRssMiB(pid) };
}
