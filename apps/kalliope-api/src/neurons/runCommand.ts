import { execFile } from 'node:child_process';

export type CommandResult = {
  readonly output: string;
  readonly returncode: number;
};

/** Runs a program with an argument array (no shell involved) and reports its output and exit code. */
export function runCommand(file: string, args: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, shell: false }, (error, stdout) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      resolve({ output: stdout, returncode: error ? Number(error.code) : 0 });
    });
  });
}
