// Starts a built app as an operator would (its `start` script: `node [flags] dist/main.js`, configured by the
// environment) and waits for its "listening on <url>" line. The process is killed with SIGKILL if a test forgets to
// stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { appStartArgs, type AppName } from './appStartArgs.js';

export interface SpawnedApp {
  /** Base URL printed by the app, e.g. http://127.0.0.1:41171. */
  url: string;
  process: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Sends a signal and resolves with the exit code (null when killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves when the process has exited, with its exit code. */
  exited: Promise<number | null>;
}

export interface SpawnOptions {
  env: Record<string, string>;
  /** How long start-up may take (migrations, recogniser compilation on a busy machine). */
  startTimeoutMs?: number;
}

const listening = /listening on (http:\/\/\S+?)(?:\s|$)/;
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Environment that turns every app's rate limits off. */
const rateLimitsOff: Record<string, string> = { KALLIOPE_RATE_LIMIT_PER_MINUTE: '0', ALMOND_RATE_LIMIT: 'off', APIAI_RATE_LIMIT_PER_MINUTE: '0' };

export async function spawnApp(app: AppName, options: SpawnOptions): Promise<SpawnedApp> {
  const child = spawn(process.execPath, appStartArgs(app), {
    // Load, fault and fuzz runs send far more requests from one address than a person would: the apps' rate
    // limits (tested in each app's own suite) are switched off here unless a test sets them.
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...rateLimitsOff,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} did not start within ${options.startTimeoutMs ?? 90_000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = listening.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1].replace(/[/.,)]+$/, ''));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${app} exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
