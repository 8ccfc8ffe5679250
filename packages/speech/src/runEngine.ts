import { spawn } from 'node:child_process';
import { EngineMissingError, SpeechEngineError } from './errors.js';

/** A binary and the Debian package that provides it. */
export interface EngineCommand {
  readonly command: string;
  readonly debianPackage: string;
}

export interface RunEngineOptions {
  /** Bytes written to the process's standard input (then closed). */
  readonly input?: string | Buffer;
  /** Kill the process after this many milliseconds (default 60 s). */
  readonly timeoutMs?: number;
}

export interface EngineOutput {
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * Runs an engine binary with an argument array (never through a shell) and collects its output.
 * A missing binary becomes an EngineMissingError naming the Debian package; a non-zero exit a SpeechEngineError.
 */
export function runEngine(
  engine: EngineCommand,
  args: readonly string[],
  options: RunEngineOptions = {},
): Promise<EngineOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(engine.command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
      shell: false,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new EngineMissingError(engine.command, engine.debianPackage) : error);
    });
    child.on('close', (code, signal) => {
      const errorText = Buffer.concat(stderr).toString('utf8');
      if (code === 0) {
        resolve({ stdout: Buffer.concat(stdout), stderr: errorText });
        return;
      }
      const reason = signal ? `was stopped by ${signal}` : `exited with code ${String(code)}`;
      reject(new SpeechEngineError(`${engine.command} ${reason}: ${lastLine(errorText)}`, errorText));
    });
    child.stdin.end(options.input ?? '');
  });
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}
