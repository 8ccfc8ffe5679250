import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ENGINES } from './engines.js';
import { EngineMissingError, SpeechEngineError } from './errors.js';
import { parseHypsegLine, type HypothesisLine } from './pocketsphinxOutput.js';
import { runEngine } from './runEngine.js';

interface WarmDecoderOptions {
  /** Model and search arguments of `pocketsphinx_batch` (`-hmm`, `-dict`, `-jsgf`/`-lm`, beams…). */
  readonly args: readonly string[];
  /** Files written into the decoder's private folder before it starts (the grammar), name → text. */
  readonly files?: Readonly<Record<string, string>>;
  /** An utterance not answered within this many milliseconds kills the decoder (default 30 s). */
  readonly timeoutMs?: number;
}

interface Running {
  readonly child: ChildProcess;
  /** Our ends of the two named pipes: control lines in, hypothesis lines out. */
  readonly control: number;
  readonly hypotheses: Socket;
  readonly exited: Promise<void>;
  alive: boolean;
  waiting: { utterance: string; resolve: (hypothesis: HypothesisLine) => void; reject: (error: Error) => void } | undefined;
  stderrTail: string;
}

const STDERR_TAIL = 4096;

/**
 * One `pocketsphinx_batch` process kept running: the acoustic model and grammar are loaded once, then each
 * utterance (raw 16 kHz 16-bit mono samples) is written to a file in a private folder and its name to the
 * decoder's control file, a named pipe; the decoder answers with a `-hypseg` line on a second named pipe. (Named
 * pipes, because Node gives a child sockets for its standard streams and pocketsphinx cannot `fopen` those.)
 * Utterances are decoded one at a time in arrival order. A decoder that dies or hangs is replaced on the next
 * utterance; `close()` ends it and removes the folder.
 */
export class WarmDecoder {
  private running: Running | undefined;
  private folder: Promise<string> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextUtterance = 0;
  private closed = false;
  /** How many times a decoder process was started. */
  starts = 0;

  constructor(private readonly options: WarmDecoderOptions) {}

  /** The running decoder's process id, if any. */
  get pid(): number | undefined {
    return this.running?.child.pid;
  }

  /** Decodes one utterance; returns its hypothesis line (no words when the decoder found no hypothesis). */
  decode(pcm: Buffer): Promise<HypothesisLine> {
    const result = this.queue.then(() => this.decodeNow(pcm));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the decoder process and removes its folder; later decodes fail. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await this.stop();
    if (this.folder !== undefined) await rm(await this.folder, { recursive: true, force: true });
  }

  private async decodeNow(pcm: Buffer): Promise<HypothesisLine> {
    if (this.closed) throw new SpeechEngineError('The speech decoder is closed');
    const dir = await this.privateFolder();
    const running = this.running ?? (await this.startProcess(dir));
    const utterance = `u${this.nextUtterance++}`;
    const file = join(dir, `${utterance}.raw`);
    await writeFile(file, pcm);
    try {
      return await new Promise<HypothesisLine>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new SpeechEngineError(`pocketsphinx_batch did not answer within ${this.timeoutMs} ms`, running.stderrTail));
          running.child.kill('SIGKILL');
        }, this.timeoutMs);
        running.waiting = {
          utterance,
          resolve: (hypothesis) => {
            clearTimeout(timer);
            resolve(hypothesis);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        if (running.alive) writeSync(running.control, `${utterance}\n`);
        else running.waiting.reject(new SpeechEngineError('pocketsphinx_batch stopped', running.stderrTail));
      });
    } finally {
      running.waiting = undefined;
      await unlink(file).catch(() => undefined);
    }
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 30_000;
  }

  private privateFolder(): Promise<string> {
    this.folder ??= (async () => {
      const dir = await mkdtemp(join(tmpdir(), 'parley-decoder-'));
      for (const [name, text] of Object.entries(this.options.files ?? {})) await writeFile(join(dir, name), text);
      return dir;
    })();
    return this.folder;
  }

  private async startProcess(dir: string): Promise<Running> {
    const start = ++this.starts;
    const controlPath = join(dir, `control-${start}`);
    const hypothesesPath = join(dir, `hypotheses-${start}`);
    await runEngine(ENGINES.mkfifo, [controlPath, hypothesesPath]);
    // Read-write opens of a named pipe never block, and keep it open whoever comes and goes on the other side.
    const control = openSync(controlPath, constants.O_RDWR | constants.O_NONBLOCK);
    const hypotheses = new Socket({ fd: openSync(hypothesesPath, constants.O_RDWR | constants.O_NONBLOCK), readable: true, writable: false });
    const resolvedArgs = this.options.args.map((arg) => arg.replaceAll('{dir}', dir));
    const child = spawn(
      ENGINES.pocketsphinx.command,
      [...resolvedArgs, '-ctl', controlPath, '-cepdir', dir, '-cepext', '.raw', '-adcin', 'yes', '-adchdr', '0', '-hypseg', hypothesesPath],
      { stdio: ['ignore', 'ignore', 'pipe'], shell: false },
    );
    let markExited: () => void = () => undefined;
    const running: Running = {
      child,
      control,
      hypotheses,
      exited: new Promise((resolve) => (markExited = resolve)),
      alive: true,
      waiting: undefined,
      stderrTail: '',
    };
    this.running = running;
    // An idle decoder does not keep Node running (a pending utterance's timer does). When Node exits without
    // close(), the decoder reads the end of its control pipe and exits too.
    child.unref();
    if (child.stderr instanceof Socket) child.stderr.unref();
    hypotheses.unref();
    child.stderr?.on('data', (chunk: Buffer) => {
      running.stderrTail = (running.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    // A broken hypothesis pipe makes the decoder useless: stop it, the next utterance starts a new one.
    hypotheses.on('error', () => child.kill('SIGKILL'));
    createInterface({ input: hypotheses }).on('line', (line) => {
      const hypothesis = parseHypsegLine(line);
      if (hypothesis !== undefined && hypothesis.utterance === running.waiting?.utterance) {
        running.waiting.resolve(hypothesis);
      }
    });
    const fail = (error: Error) => {
      if (!running.alive) return;
      running.alive = false;
      if (this.running === running) this.running = undefined;
      closeSync(control);
      hypotheses.destroy();
      void unlink(controlPath).catch(() => undefined);
      void unlink(hypothesesPath).catch(() => undefined);
      running.waiting?.reject(error);
      markExited();
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      fail(
        error.code === 'ENOENT'
          ? new EngineMissingError(ENGINES.pocketsphinx.command, ENGINES.pocketsphinx.debianPackage)
          : error,
      );
    });
    child.on('close', (code, signal) => {
      const reason = signal ? `was stopped by ${signal}` : `exited with code ${String(code)}`;
      fail(new SpeechEngineError(`pocketsphinx_batch ${reason}: ${lastErrorLine(running.stderrTail)}`, running.stderrTail));
    });
    return running;
  }

  private async stop(): Promise<void> {
    const running = this.running;
    if (running === undefined) return;
    running.child.kill('SIGTERM');
    const killer = setTimeout(() => running.child.kill('SIGKILL'), 2000);
    await running.exited;
    clearTimeout(killer);
  }
}

function lastErrorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.findLast((line) => line.startsWith('ERROR') || line.startsWith('FATAL')) ?? lines[lines.length - 1] ?? '';
}
