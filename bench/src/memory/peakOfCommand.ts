// Peak resident memory of a command that runs to completion, as `/usr/bin/time` reports it (GNU time's %M, the
// maximum resident set size in KiB): the figure an operator gets with `/usr/bin/time -v`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CommandPeak {
  peakMiB: number;
  seconds: number;
  output: string;
}

export async function peakOfCommand(args: readonly string[], env: Record<string, string>): Promise<CommandPeak> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-memory-'));
  const report = join(folder, 'time');
  const started = performance.now();
  try {
    const output = await new Promise<string>((resolve, reject) => {
      execFile('/usr/bin/time', ['-f', '%M', '-o', report, ...args], { env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) => {
        if (error) reject(new Error(`${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
        else resolve(stdout + stderr);
      });
    });
    const kib = Number(readFileSync(report, 'utf8').trim().split('\n').pop());
    if (!Number.isFinite(kib)) throw new Error(`/usr/bin/time wrote no peak for ${args.join(' ')}`);
    return { peakMiB: kib / 1024, seconds: (performance.now() - started) / 1000, output };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
