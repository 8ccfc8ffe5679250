// thingtalk 1.10 (the npm package, a dev dependency of the benchmark only) measured in the same run as
// @parley/thingtalk: parse + print in process on the programs both accept, and `thingtalk fmt` as a whole process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, print } from '@parley/thingtalk';

interface ReferenceProgram {
  prettyprint(short: boolean): string;
}
interface ReferenceThingTalk {
  Grammar: { parse(source: string): ReferenceProgram };
}

const require = createRequire(import.meta.url);
const benchRoot = fileURLToPath(new URL('../..', import.meta.url));
const referencePackage = dirname(require.resolve('thingtalk/package.json'));
const ourCli = fileURLToPath(new URL('../../../packages/thingtalk/dist/cli.js', import.meta.url));

export function loadReference(): ReferenceThingTalk {
  return require('thingtalk') as ReferenceThingTalk;
}

/** The programs of the reference's own test suite (`test/sample.apps`, blocks separated by `====`). */
export function referenceTestPrograms(): string[] {
  return readFileSync(join(referencePackage, 'test', 'sample.apps'), 'utf8')
    .split('====')
    .map((block) => block.trim())
    .filter((block) => block.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('//')));
}

function accepts(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}

/** The programs that both implementations parse and print. */
export function acceptedByBoth(reference: ReferenceThingTalk, programs: readonly string[]): string[] {
  return programs.filter((p) => accepts(() => reference.Grammar.parse(p).prettyprint(true)) && accepts(() => print(parse(p))));
}

export interface TimedPair {
  readonly ours: number;
  readonly reference: number;
}

/** Wall-clock and CPU time (user + system) of the same rounds: on a shared machine the CPU time is the steadier. */
export interface ParsePrintTimes {
  readonly wall: TimedPair;
  readonly cpu: TimedPair;
}

const PARSE_PRINT_TIMER = fileURLToPath(new URL('./timeParsePrint.mjs', import.meta.url));

/**
 * µs per program of parse + print, both implementations alternating in rounds of about `roundMs` in one fresh
 * process (timeParsePrint.mjs), best round of each kept, in wall-clock and in CPU time.
 */
export function parsePrintTimes(programs: readonly string[], rounds: number, roundMs: number): ParsePrintTimes {
  const result = spawnSync(process.execPath, [PARSE_PRINT_TIMER], { input: JSON.stringify({ programs, rounds, roundMs }), cwd: benchRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`timeParsePrint.mjs failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as ParsePrintTimes;
}

export interface ProcessTimes {
  readonly bareNode: number;
  readonly ours: number;
  readonly reference: number;
}

/** Median wall time and median CPU time (user + system, as the process itself counts it) in ms. */
export interface ProcessMeasures {
  readonly wall: ProcessTimes;
  readonly cpu: ProcessTimes;
}

/** Preloaded into each measured process: writes its own CPU time to stderr when it exits. */
const CPU_REPORTER = new URL('./reportCpu.mjs', import.meta.url).href;

const REFERENCE_FMT = "const TT = require('thingtalk'); const s = require('fs').readFileSync(0, 'utf8'); process.stdout.write(TT.Grammar.parse(s).prettyprint(true) + '\\n');";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median wall time and CPU time (ms) of formatting one program as a whole process, and of `node -e 0`, runs
 * interleaved.
 */
export function processTimes(program: string, runs: number): ProcessMeasures {
  const commands: Record<keyof ProcessTimes, string[]> = { bareNode: ['-e', '0'], ours: [ourCli, 'fmt'], reference: ['-e', REFERENCE_FMT] };
  const wall: Record<keyof ProcessTimes, number[]> = { bareNode: [], ours: [], reference: [] };
  const cpu: Record<keyof ProcessTimes, number[]> = { bareNode: [], ours: [], reference: [] };
  const outputs: Partial<Record<keyof ProcessTimes, string>> = {};
  for (let i = 0; i < runs; i++) {
    for (const key of ['bareNode', 'ours', 'reference'] as const) {
      const start = performance.now();
      const result = spawnSync(process.execPath, ['--import', CPU_REPORTER, ...commands[key]], { input: program, cwd: benchRoot, encoding: 'utf8' });
      wall[key].push(performance.now() - start);
      if (result.status !== 0) throw new Error(`${key} failed: ${result.stderr}`);
      const reported = /cpu-microseconds (\d+)/.exec(result.stderr)?.[1];
      if (reported === undefined) throw new Error(`${key} did not report its CPU time: ${result.stderr}`);
      cpu[key].push(Number(reported) / 1000);
      outputs[key] = result.stdout;
    }
  }
  if (outputs.ours !== outputs.reference) throw new Error(`the two fmt outputs differ: ${outputs.ours ?? ''} / ${outputs.reference ?? ''}`);
  const medians = (times: Record<keyof ProcessTimes, number[]>): ProcessTimes => ({
    bareNode: median(times.bareNode),
    ours: median(times.ours),
    reference: median(times.reference),
  });
  return { wall: medians(wall), cpu: medians(cpu) };
}

export interface RoundTripCheck {
  /** Programs the reference accepts. */
  readonly acceptedByReference: number;
  /** Of those, the ones this implementation also parses and prints. */
  readonly acceptedByOurs: number;
  /** Of those, the ones whose print(parse(x)) is a fixed point. */
  readonly stable: number;
  /** Of those, the ones the reference reads back from our print to its own print of x (the meaning kept). */
  readonly sameMeaning: number;
}

function attempt(f: () => string): string | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** print(parse(x)) of this implementation on the programs the reference accepts: accepted, stable, meaning kept. */
export function roundTripCheck(reference: ReferenceThingTalk, programs: readonly string[]): RoundTripCheck {
  let acceptedByReference = 0;
  let acceptedByOurs = 0;
  let stable = 0;
  let sameMeaning = 0;
  for (const program of programs) {
    const theirs = attempt(() => reference.Grammar.parse(program).prettyprint(true));
    if (theirs === null) continue;
    acceptedByReference++;
    const ours = attempt(() => print(parse(program)));
    if (ours === null) continue;
    acceptedByOurs++;
    if (attempt(() => print(parse(ours))) === ours) stable++;
    if (attempt(() => reference.Grammar.parse(ours).prettyprint(true)) === theirs) sameMeaning++;
  }
  return { acceptedByReference, acceptedByOurs, stable, sameMeaning };
}
